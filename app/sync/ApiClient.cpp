#include "sync/ApiClient.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcApi, "dd.sync.api")

namespace dd::sync {

namespace {

struct Flight
{
    bool timedOut = false;
    bool encrypted = false;
    QString tlsDetail;
};

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Answers are never cached, and a redirect is not followed blindly (the token would go
    // with it): the server never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setServer(const QUrl &server)
{
    if (server != m_server) {
        m_token.clear();
    }
    m_server = server;
}

QString ApiClient::serverName() const
{
    if (!m_server.isValid()) {
        return {};
    }
    const int port = m_server.port();
    return port < 0 ? m_server.host() : QStringLiteral("%1:%2").arg(m_server.host()).arg(port);
}

QUrl ApiClient::serverUrlFrom(const QString &typed)
{
    QString text = typed.trimmed();
    while (text.endsWith(u'/')) {
        text.chop(1);
    }
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(QStringLiteral("://"))) {
        text = QStringLiteral("https://") + text;
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https") || url.hasQuery()
        || url.hasFragment() || !url.userInfo().isEmpty()) {
        return {};
    }
    return url;
}

void ApiClient::send(const QByteArray &method, const QString &path,
                     const std::optional<QJsonObject> &body, const ApiHeaders &headers,
                     QObject *context, Done done)
{
    if (!m_server.isValid()) {
        const ApiError error =
            ApiError::notConfigured(tr("No server address is set. Enter the address of the "
                                       "training center's server."));
        QTimer::singleShot(0, context, [done, error] { done({}, &error); });
        return;
    }
    QUrl url = m_server;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(m_server.path() + QStringLiteral("/api/v1") + path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    for (const auto &[name, value] : std::as_const(m_extraHeaders)) {
        request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = body ? m_network->sendCustomRequest(request, method, payload)
                                : m_network->sendCustomRequest(request, method);
    qCDebug(lcApi) << method << url.path();

    auto flight = std::make_shared<Flight>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, flight] {
        flight->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::encrypted, reply, [flight] { flight->encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, reply, [flight](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors) {
            texts.append(e.errorString());
        }
        flight->tlsDetail = texts.join(QStringLiteral("; "));
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, flight, guard, done] {
        reply->deleteLater();
        if (!guard) {
            return;
        }
        // https whose handshake never finished: the secure connection failed, even when the
        // other end just closed it (a plain-HTTP server on that port, a proxy in the way).
        QString tlsDetail = flight->tlsDetail;
        if (tlsDetail.isEmpty() && !flight->encrypted && m_server.scheme() == u"https"
            && reply->error() == QNetworkReply::RemoteHostClosedError) {
            tlsDetail =
                QStringLiteral("the TLS handshake did not complete: %1").arg(reply->errorString());
        }
        finish(reply, flight->timedOut, tlsDetail, guard, done);
    });
}

void ApiClient::finish(QNetworkReply *reply, bool timedOut, const QString &tlsDetail,
                       const QObject *, const Done &done)
{
    using Kind = ApiError::Kind;
    const QString name = serverName();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();

    if (timedOut) {
        const ApiError error = ApiError::network(
            Kind::Timeout, name, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs),
            m_timeoutMs);
        done({}, &error);
        return;
    }
    if (status == 0) {
        Kind kind = Kind::Network;
        QString detail = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            kind = Kind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            kind = Kind::HostNotFound;
            break;
        case QNetworkReply::TimeoutError:
            kind = Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            kind = Kind::Tls;
            if (!tlsDetail.isEmpty()) {
                detail = tlsDetail;
            }
            break;
        default:
            if (!tlsDetail.isEmpty()) {
                kind = Kind::Tls;
                detail = tlsDetail;
            }
            break;
        }
        const ApiError error = ApiError::network(kind, name, detail, m_timeoutMs);
        qCInfo(lcApi) << "no answer:" << error.code << detail;
        done({}, &error);
        return;
    }
    if (status < 200 || status >= 300) {
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
        const ApiError error = ApiError::fromServer(status, bytes, ok ? retryAfter : -1);
        qCInfo(lcApi) << "answer" << status << error.code << error.field;
        done({}, &error);
        return;
    }
    ApiResponse response;
    response.status = status;
    response.replayed = reply->rawHeader("Idempotent-Replay") == "true";
    if (status != 204 && !bytes.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const ApiError error = ApiError::badAnswer(
                name, QStringLiteral("status %1, not a JSON object").arg(status));
            done({}, &error);
            return;
        }
        response.json = document.object();
    }
    done(response, nullptr);
}

} // namespace dd::sync
