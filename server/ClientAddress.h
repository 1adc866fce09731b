#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace dd::server {

// The client's address as the rate limits count it: the peer's address; in test mode the
// X-DD-Testing-Client header instead when there is one (at most 64 characters kept), so that
// the integration tests can be many clients from one loopback address. Outside test mode the
// header means nothing.
class ClientAddress
{
public:
    static constexpr int MaxHeaderLength = 64;

    static QString of(const QList<QPair<QByteArray, QByteArray>> &headers, const QHostAddress &peer,
                      bool testing);
};

} // namespace dd::server
