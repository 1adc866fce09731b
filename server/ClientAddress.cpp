#include "ClientAddress.h"

#include "HttpJson.h"

#include <algorithm>

namespace dd::server {

namespace {

ClientAddress::Proxies &processProxies()
{
    static ClientAddress::Proxies proxies;
    return proxies;
}

// An IPv4 address mapped into IPv6 (::ffff:10.0.0.1, as a dual-stack socket reports it) as
// the IPv4 address.
QHostAddress plain(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

} // namespace

std::optional<ClientAddress::Proxies> ClientAddress::parseProxies(const QString &text,
                                                                  QString *error)
{
    Proxies proxies;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString entry = item.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        Subnet subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
        } else {
            const QHostAddress address(entry);
            subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            *error =
                QStringLiteral("\"%1\" is not an IP address or a subnet (ADDRESS/BITS)").arg(entry);
            return std::nullopt;
        }
        proxies.append(subnet);
    }
    return proxies;
}

bool ClientAddress::trusted(const QHostAddress &address, const Proxies &proxies)
{
    const QHostAddress a = plain(address);
    return std::any_of(proxies.cbegin(), proxies.cend(),
                       [&](const Subnet &subnet) { return a.isInSubnet(subnet); });
}

QString ClientAddress::of(const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QHostAddress &peer, bool testing, const Proxies &trustedProxies)
{
    if (testing) {
        const QByteArray client = HttpJson::header(headers, "X-DD-Testing-Client");
        if (!client.isEmpty()) {
            return QString::fromLatin1(client.left(MaxHeaderLength));
        }
    }
    if (trustedProxies.isEmpty() || !trusted(peer, trustedProxies)) {
        return peer.toString();
    }
    // Every X-Forwarded-For header, in order, as one list.
    QList<QByteArray> hops;
    for (const auto &[name, value] : headers) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0) {
            hops += value.split(',');
        }
    }
    QHostAddress client = peer;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QString text = QString::fromLatin1(it->trimmed());
        // "[2001:db8::1]" and "192.0.2.1:4711" forms some proxies write.
        if (text.startsWith(u'[') && text.contains(u']')) {
            text = text.mid(1, text.indexOf(u']') - 1);
        } else if (text.count(u':') == 1) {
            text = text.left(text.indexOf(u':'));
        }
        const QHostAddress hop(text);
        if (hop.isNull()) {
            break; // garbage: the last good address is as far as the proxies vouch
        }
        client = hop;
        if (!trusted(hop, trustedProxies)) {
            break;
        }
    }
    return plain(client).toString();
}

QString ClientAddress::of(const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QHostAddress &peer, bool testing)
{
    return of(headers, peer, testing, processProxies());
}

void ClientAddress::setTrustedProxies(const Proxies &proxies)
{
    processProxies() = proxies;
}

} // namespace dd::server
