#include "Server.h"

#include "AccountManagementApi.h"
#include "AccountsApi.h"
#include "ApiError.h"
#include "CentersApi.h"
#include "ClientAddress.h"
#include "Housekeeping.h"
#include "HttpJson.h"
#include "PasswordResetsApi.h"
#include "RecordsApi.h"
#include "ServerDatabase.h"
#include "ServerMigrations.h"
#include "SessionsApi.h"
#include "TestingClock.h"
#include "Tokens.h"

#include "platform/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace dd::server {

Q_LOGGING_CATEGORY(lcServer, "dd.server")
Q_LOGGING_CATEGORY(lcHttp, "dd.server.http")

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

const QByteArray TestingNowHeader = QByteArrayLiteral("X-DD-Testing-Now");

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

std::optional<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath,
                                         QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error =
            QStringLiteral("DD_SERVER_TLS_CERT: %1 holds no PEM certificate").arg(certificatePath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("DD_SERVER_TLS_KEY: cannot read %1").arg(keyPath);
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull()) {
        *error = QStringLiteral("DD_SERVER_TLS_KEY: %1 holds no unencrypted PEM RSA or EC key")
                     .arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace

Server::Server(ServerConfig config, const platform::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_addressLimit(m_config.rateAddressPerMinute)
    , m_accountLimit(m_config.rateAccountPerMinute)
{
    m_monotonic.start();
    ClientAddress::setTrustedProxies(m_config.trustedProxies);
    if (!m_clock) {
        if (m_config.testing) {
            m_testingClock = std::make_unique<TestingClock>();
            m_clock = m_testingClock.get();
        } else {
            m_clock = &platform::Clock::system();
        }
    }
    m_database = std::make_unique<ServerDatabase>(*m_clock);
    const PasswordHasher::Cost cost =
        m_config.testing ? PasswordHasher::Cost::Fast : PasswordHasher::Cost::Interactive;
    m_accounts = std::make_unique<AccountsApi>(
        *m_database, AccountsApi::Settings{m_config.publicUrl, m_config.smtp, cost});
    m_sessions =
        std::make_unique<SessionsApi>(*m_database, SessionsApi::Settings{cost, m_config.testing});
    m_resets = std::make_unique<PasswordResetsApi>(
        *m_database,
        PasswordResetsApi::Settings{m_config.publicUrl, m_config.smtp, cost, m_config.testing});
    m_management = std::make_unique<AccountManagementApi>(
        *m_database, AccountManagementApi::Settings{m_config.smtp, cost, m_config.testing});
    m_centers = std::make_unique<CentersApi>(*m_database);
    m_records = std::make_unique<RecordsApi>(*m_database);
    m_purgeTimer.setInterval(std::chrono::hours(m_config.purgeHours));
    connect(&m_purgeTimer, &QTimer::timeout, this, &Server::purge);
    addRoutes();
}

Server::~Server() = default;

std::optional<Server::StartError> Server::start()
{
    if (const QString error = m_database->open(m_config.database); !error.isEmpty()) {
        return StartError{error, 1};
    }
    purge();
    m_purgeTimer.start();

    if (m_config.tlsEnabled()) {
        QString error;
        const auto tls = loadTls(m_config.tlsCertificate, m_config.tlsKey, &error);
        if (!tls) {
            return StartError{error, 2};
        }
        m_http.sslSetup(*tls);
    }
    m_port = m_http.listen(m_config.listenAddress, m_config.listenPort);
    if (m_port == 0) {
        return StartError{QStringLiteral("cannot listen on %1 port %2 (in use, or not an address "
                                         "of this machine?)")
                              .arg(m_config.listenAddress.toString())
                              .arg(m_config.listenPort),
                          1};
    }
    qCInfo(lcServer).noquote() << "listening on" << m_config.listenAddress.toString() << "port"
                               << m_port << (m_config.tlsEnabled() ? "(HTTPS)" : "(HTTP)");
    return std::nullopt;
}

void Server::purge()
{
    const auto counts = Housekeeping(*m_database).run();
    if (!counts) {
        qCWarning(lcServer) << "the purge failed; it runs again in" << m_config.purgeHours << "h";
    }
}

QHttpServerResponse Server::answer(const QHttpServerRequest &request,
                                   const std::function<QHttpServerResponse()> &handler)
{
    if (const auto refused = checkRate(request)) {
        return refused->toResponse();
    }
    if (!m_testingClock) {
        return handler();
    }
    // Test mode: the request may say what time it is.
    const QByteArray now = HttpJson::header(request.headers(), TestingNowHeader);
    if (now.isEmpty()) {
        return handler();
    }
    const QDateTime time = TestingClock::parse(QString::fromLatin1(now));
    if (!time.isValid()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("badTestingNow"),
                              QStringLiteral("X-DD-Testing-Now must be an ISO 8601 time with "
                                             "a time zone."))
            .toResponse();
    }
    m_testingClock->setOverride(time);
    QHttpServerResponse response = handler();
    m_testingClock->clearOverride();
    return response;
}

template<typename Handler>
void Server::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_routes[path].append(methodName(method));
    m_http.route(path, method, [this, handler](const QHttpServerRequest &request) {
        return answer(request, [&] { return handler(request); });
    });
}

template<typename Handler>
void Server::addRoute1(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_routes[path].append(methodName(method));
    m_http.route(path, method,
                 [this, handler](const QString &arg, const QHttpServerRequest &request) {
                     return answer(request, [&] { return handler(arg, request); });
                 });
}

std::optional<ApiError> Server::checkRate(const QHttpServerRequest &request)
{
    const auto refuse = [](int seconds, const QString &who) {
        ApiError error =
            ApiError::make(Status::TooManyRequests, QStringLiteral("tooManyRequests"),
                           QStringLiteral("Too many requests from this %1; try again in %2 s.")
                               .arg(who)
                               .arg(seconds));
        error.retryAfterSeconds = seconds;
        return error;
    };
    const qint64 now = m_monotonic.elapsed();
    if (m_addressLimit.perMinute() > 0) {
        const QString address =
            ClientAddress::of(request.headers(), request.remoteAddress(), m_config.testing);
        if (const int wait = m_addressLimit.take(QStringLiteral("address:") + address, now)) {
            qCInfo(lcHttp).noquote() << "request rate limit reached by address" << address;
            return refuse(wait, QStringLiteral("address"));
        }
    }
    const QString token = HttpJson::bearer(request);
    if (m_accountLimit.perMinute() <= 0 || token.isEmpty()) {
        return std::nullopt;
    }
    const QString digest = QString::fromLatin1(Tokens::digest(token));
    QString accountId = m_sessionAccounts.value(digest);
    if (accountId.isEmpty()) {
        auto found = m_database->exec(
            QStringLiteral("SELECT account_id FROM sessions WHERE digest = :digest"),
            {{QStringLiteral("digest"), digest}});
        if (!found || !found.value().next()) {
            return std::nullopt; // no such session: the handler answers 401
        }
        accountId = found.value().value(0).toString();
        if (m_sessionAccounts.size() >= 10000) {
            m_sessionAccounts.clear();
        }
        m_sessionAccounts.insert(digest, accountId);
    }
    if (const int wait = m_accountLimit.take(QStringLiteral("account:") + accountId, now)) {
        qCInfo(lcHttp).noquote() << "request rate limit reached by account" << accountId;
        return refuse(wait, QStringLiteral("account"));
    }
    return std::nullopt;
}

void Server::addRoutes()
{
    const QString api = QStringLiteral("/api/v1");
    addRoute(api + QStringLiteral("/health"), Method::Get, [this](const QHttpServerRequest &) {
        return HttpJson::reply(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("schemaVersion"), ServerMigrations::currentVersion(*m_database)},
            // The driver of the open connection: the PostgreSQL run of the tests checks it.
            {QStringLiteral("database"), m_database->driver() == ServerDatabase::Driver::Postgres
                                             ? QStringLiteral("postgresql")
                                             : QStringLiteral("sqlite")},
            {QStringLiteral("testing"), m_config.testing},
        });
    });
    addRoute(api + QStringLiteral("/accounts"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_accounts->registerAccount(r); });
    addRoute(api + QStringLiteral("/accounts/activate"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_accounts->activate(r); });
    addRoute(api + QStringLiteral("/accounts/resend-activation"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_accounts->resendActivation(r); });
    addRoute(QStringLiteral("/activate"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_accounts->activatePage(r); });
    addRoute(api + QStringLiteral("/captcha"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_sessions->captcha(r); });
    addRoute(api + QStringLiteral("/sessions"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_sessions->login(r); });
    addRoute(api + QStringLiteral("/sessions/current"), Method::Delete,
             [this](const QHttpServerRequest &r) { return m_sessions->logout(r); });
    addRoute(api + QStringLiteral("/me"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_sessions->me(r); });
    addRoute(api + QStringLiteral("/password-resets"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_resets->request(r); });
    addRoute(api + QStringLiteral("/password-resets/confirm"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_resets->confirm(r); });
    addRoute(QStringLiteral("/reset-password"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_resets->page(r); });
    addRoute(api + QStringLiteral("/me/password"), Method::Put,
             [this](const QHttpServerRequest &r) { return m_management->changePassword(r); });
    addRoute(api + QStringLiteral("/me/email"), Method::Put,
             [this](const QHttpServerRequest &r) { return m_management->changeEmail(r); });
    addRoute(api + QStringLiteral("/me/mobile"), Method::Put,
             [this](const QHttpServerRequest &r) { return m_management->changeMobile(r); });

    // centers (CentersApi)
    addRoute(api + QStringLiteral("/center"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_centers->center(r); });
    addRoute(api + QStringLiteral("/center/staff"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_centers->addStaff(r); });
    addRoute1(api + QStringLiteral("/center/staff/<arg>"), Method::Delete,
              [this](const QString &userName, const QHttpServerRequest &r) {
                  return m_centers->removeStaff(userName, r);
              });
    addRoute(api + QStringLiteral("/center/join-code"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_centers->rotateJoinCode(r); });
    addRoute(api + QStringLiteral("/me/center"), Method::Post,
             [this](const QHttpServerRequest &r) { return m_centers->join(r); });
    addRoute(api + QStringLiteral("/me/center"), Method::Delete,
             [this](const QHttpServerRequest &r) { return m_centers->leave(r); });

    // records (RecordsApi)
    addRoute1(api + QStringLiteral("/applicants/<arg>"), Method::Put,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->putApplicant(uuid, r);
              });
    addRoute1(api + QStringLiteral("/applicants/<arg>"), Method::Delete,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->deleteApplicant(uuid, r);
              });
    addRoute1(api + QStringLiteral("/applicants/<arg>"), Method::Get,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->getApplicant(uuid, r);
              });
    addRoute1(api + QStringLiteral("/records/<arg>"), Method::Put,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->putRecord(uuid, r);
              });
    addRoute1(api + QStringLiteral("/records/<arg>"), Method::Delete,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->deleteRecord(uuid, r);
              });
    addRoute1(api + QStringLiteral("/records/<arg>/actions"), Method::Post,
              [this](const QString &uuid, const QHttpServerRequest &r) {
                  return m_records->recordAction(uuid, r);
              });
    addRoute(api + QStringLiteral("/changes"), Method::Get,
             [this](const QHttpServerRequest &r) { return m_records->changes(r); });

    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // Answers carry tokens and personal data: never cached.
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        qCInfo(lcHttp).noquote() << methodName(request.method()) << request.url().path()
                                 << static_cast<int>(response.statusCode());
        return std::move(response);
    });
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answerMissing(request, std::move(responder));
        });
}

void Server::answerMissing(const QHttpServerRequest &request,
                           QHttpServerResponder &&responder) const
{
    const QString path = request.url().path();
    // The methods of the route the path is: a fixed path, or one with an argument
    // ("/records/<arg>" for "/records/0b9c...").
    QStringList methods = m_routes.value(path);
    if (methods.isEmpty()) {
        for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
            if (!it.key().contains(QStringLiteral("<arg>"))) {
                continue;
            }
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression::escape(QStringLiteral("<arg>")),
                            QStringLiteral("[^/]+"));
            if (QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                    .match(path)
                    .hasMatch()) {
                methods = it.value();
                break;
            }
        }
    }
    ApiError error;
    QByteArray allow;
    if (!methods.isEmpty()) {
        error = ApiError::make(
            Status::MethodNotAllowed, QStringLiteral("methodNotAllowed"),
            QStringLiteral("%1 does not answer %2; it answers %3.")
                .arg(path, methodName(request.method()), methods.join(QStringLiteral(", "))));
        allow = methods.join(QStringLiteral(", ")).toLatin1();
    } else {
        error =
            ApiError::make(Status::NotFound, QStringLiteral("notFound"),
                           QStringLiteral("There is no %1 in this API (see API.md).").arg(path));
    }
    qCInfo(lcHttp).noquote() << methodName(request.method()) << path
                             << static_cast<int>(error.status);
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    if (allow.isEmpty()) {
        responder.write(body,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                         {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                        error.status);
    } else {
        responder.write(body,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                         {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                         {QByteArrayLiteral("Allow"), allow}},
                        error.status);
    }
}

} // namespace dd::server
