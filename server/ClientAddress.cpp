#include "ClientAddress.h"

#include "HttpJson.h"

namespace dd::server {

QString ClientAddress::of(const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QHostAddress &peer, bool testing)
{
    if (testing) {
        const QByteArray client = HttpJson::header(headers, "X-DD-Testing-Client");
        if (!client.isEmpty()) {
            return QString::fromLatin1(client.left(MaxHeaderLength));
        }
    }
    return peer.toString();
}

} // namespace dd::server
