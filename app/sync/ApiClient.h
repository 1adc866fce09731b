#pragma once

#include "sync/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace dd::sync {

// A successful answer of the server (2xx).
struct ApiResponse
{
    int status = 0;
    QJsonObject json;      // empty for 204
    bool replayed = false; // "Idempotent-Replay: true": the answer kept for an idempotency key
};

// Headers of one request (If-Match, Idempotency-Key), beside those of every request.
using ApiHeaders = QList<QPair<QByteArray, QByteArray>>;

// Talks JSON to degreedesk-server (server/API.md) on QNetworkAccessManager: one call, one
// answer or one ApiError, whatever goes wrong (refused connection, timeout, TLS, the server's
// error codes, an answer that is not JSON). Keeps the address, the session token (sent as
// "Authorization: Bearer") and the time allowed per request. No retries here: the sync's
// scheduler retries what ApiError::isTransient() calls transient.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResponse &response, const ApiError *error)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // "https://dd.example.edu.cn" or "http://127.0.0.1:8080"; "/api/v1/..." is added.
    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    // The address as the user sees it in messages ("127.0.0.1:8080").
    QString serverName() const;
    // An address typed by the user, made a URL: "dd.example.edu.cn" → https://dd.example.edu.cn.
    // Invalid (empty) when it is not an address.
    static QUrl serverUrlFrom(const QString &typed);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // The time a request may take, in milliseconds (default 15 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Headers added to every request (the tests' X-DD-Testing-Client).
    void setExtraHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        m_extraHeaders = headers;
    }

    // Sends `method` to "/api/v1" + `path` with `body` as JSON (none: no body); `done` is
    // called once, on this thread, unless `context` is gone by then.
    void send(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
              QObject *context, Done done)
    {
        send(method, path, body, {}, context, std::move(done));
    }
    // The same with `headers` added to this request only.
    void send(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
              const ApiHeaders &headers, QObject *context, Done done);

    QNetworkAccessManager *network() const { return m_network; }

private:
    void finish(QNetworkReply *reply, bool timedOut, const QString &tlsDetail,
                const QObject *context, const Done &done);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 15000;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
};

} // namespace dd::sync
