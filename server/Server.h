#pragma once

#include "RequestLimiter.h"
#include "ServerConfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace dd::platform {
class Clock;
}

namespace dd::server {

class AccountManagementApi;
class AccountsApi;
class CentersApi;
struct ApiError;
class PasswordResetsApi;
class RecordsApi;
class ServerDatabase;
class SessionsApi;
class TestingClock;

// degreedesk-server: owns the HTTP server and its routes (the handlers live in one class per
// area: AccountsApi, SessionsApi, PasswordResetsApi, AccountManagementApi), the database and the
// purge timer. Every route is JSON under /api/v1 (server/API.md); a path it does not know answers
// 404, a known path with another method 405, both as JSON errors.
class Server : public QObject
{
    Q_OBJECT

public:
    // `clock`: the time source; null takes the system's, or a TestingClock in test mode.
    explicit Server(ServerConfig config, const platform::Clock *clock = nullptr,
                    QObject *parent = nullptr);
    ~Server() override;

    struct StartError
    {
        QString message;
        int exitCode = 1; // 2: a configuration problem (TLS files), 1: the rest
    };
    // Opens the database (migrating it), runs one purge, sets up TLS and listens. Nothing on
    // success.
    std::optional<StartError> start();
    quint16 port() const { return m_port; }

    // Runs the purge now (also every purgeHours and once in start()).
    void purge();

private:
    // A route whose handler takes the request; addRoute1: one whose path has one <arg>, and
    // whose handler takes (const QString &arg, request). Both go through answer().
    template<typename Handler>
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    template<typename Handler>
    void addRoute1(const QString &path, QHttpServerRequest::Method method, Handler handler);
    // What every route does around its handler: the rate limits, then (test mode) the clock a
    // request names.
    QHttpServerResponse answer(const QHttpServerRequest &request,
                               const std::function<QHttpServerResponse()> &handler);
    void addRoutes();
    void answerMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;
    // The request-rate limits (RequestLimiter) per client address, then per account when the
    // request carries a session token: the 429 to answer, or nothing.
    std::optional<ApiError> checkRate(const QHttpServerRequest &request);

    ServerConfig m_config;
    std::unique_ptr<TestingClock> m_testingClock;
    const platform::Clock *m_clock = nullptr;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<AccountsApi> m_accounts;
    std::unique_ptr<SessionsApi> m_sessions;
    std::unique_ptr<PasswordResetsApi> m_resets;
    std::unique_ptr<AccountManagementApi> m_management;
    std::unique_ptr<CentersApi> m_centers;
    std::unique_ptr<RecordsApi> m_records;
    RequestLimiter m_addressLimit;
    RequestLimiter m_accountLimit;
    QElapsedTimer m_monotonic;
    // session-token digest → account id, for the per-account limit (forgotten when large)
    QHash<QString, QString> m_sessionAccounts;
    QHttpServer m_http;
    QTimer m_purgeTimer;
    quint16 m_port = 0;
    // path → the methods it answers, for 405 and its Allow header
    QHash<QString, QStringList> m_routes;
};

} // namespace dd::server
