#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace dd::server {

// The client's address as the rate limits count it: the peer's address; when the peer is a
// trusted proxy (DD_SERVER_TRUSTED_PROXIES), the address its X-Forwarded-For names instead:
// read from the right, the first address that is not itself a trusted proxy (a client cannot
// forge what is right of its own entry, only what is left of it). A peer that is not a trusted
// proxy is taken as it is, whatever it sends. In test mode the X-DD-Testing-Client header wins
// when there is one (at most 64 characters kept), so that the integration tests can be many
// clients from one loopback address; outside test mode that header means nothing.
class ClientAddress
{
public:
    static constexpr int MaxHeaderLength = 64;

    using Subnet = QPair<QHostAddress, int>;
    using Proxies = QList<Subnet>;

    // "10.0.0.1, 192.168.0.0/16, ::1": the trusted proxies; nothing with `error` saying what
    // is wrong. An empty text is no proxy.
    static std::optional<Proxies> parseProxies(const QString &text, QString *error);

    static QString of(const QList<QPair<QByteArray, QByteArray>> &headers, const QHostAddress &peer,
                      bool testing, const Proxies &trustedProxies);
    // With the process's trusted proxies (setTrustedProxies; the server sets them at start).
    static QString of(const QList<QPair<QByteArray, QByteArray>> &headers, const QHostAddress &peer,
                      bool testing);
    static void setTrustedProxies(const Proxies &proxies);

private:
    static bool trusted(const QHostAddress &address, const Proxies &proxies);
};

} // namespace dd::server
