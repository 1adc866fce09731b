#include "AccountsApi.h"

#include "ActivationMail.h"
#include "HttpJson.h"
#include "ServerDatabase.h"
#include "Tokens.h"

#include "domain/Field.h"
#include "domain/Registration.h"
#include "domain/RegistrationValidator.h"

#include <QLoggingCategory>
#include <QUrlQuery>
#include <QUuid>

namespace dd::server {

Q_LOGGING_CATEGORY(lcAccountsApi, "dd.server.api.accounts")

namespace {

using Status = QHttpServerResponse::StatusCode;

QByteArray contentType(const QHttpServerRequest &request)
{
    return HttpJson::header(request.headers(), "Content-Type");
}

const QList<HttpJson::FieldSpec> &tokenFields()
{
    static const QList<HttpJson::FieldSpec> fields{
        {QStringLiteral("token"), HttpJson::Type::String, true, 128}};
    return fields;
}

ApiError tokenError(Accounts::Activation outcome)
{
    if (outcome == Accounts::Activation::Expired) {
        return ApiError::make(Status::Gone, QStringLiteral("tokenExpired"),
                              QStringLiteral("The activation link has expired; ask for a new one "
                                             "(resend-activation)."),
                              QStringLiteral("token"));
    }
    return ApiError::make(Status::NotFound, QStringLiteral("tokenUnknown"),
                          QStringLiteral("This activation link is unknown or was used already."),
                          QStringLiteral("token"));
}

} // namespace

AccountsApi::AccountsApi(const ServerDatabase &database, Settings settings)
    : m_database(database)
    , m_accounts(database)
    , m_settings(std::move(settings))
    , m_hasher(m_settings.cost)
{}

QHttpServerResponse AccountsApi::registerAccount(const QHttpServerRequest &request)
{
    const auto body = HttpJson::parseObject(request.body(), contentType(request));
    if (!body) {
        return body.error().toResponse();
    }
    domain::Findings problems;
    const domain::Registration registration = domain::Registration::fromJson(*body, &problems);
    if (const auto checked = HttpJson::checkFindings(problems); !checked) {
        return checked.error().toResponse();
    }
    if (const auto checked = HttpJson::checkLengths(*body); !checked) {
        return checked.error().toResponse();
    }
    const domain::Findings findings = domain::RegistrationValidator::validate(
        registration, domain::ValidationContext::at(m_database.clock().today()));
    if (const auto checked = HttpJson::checkFindings(findings); !checked) {
        return checked.error().toResponse();
    }

    const auto existing = m_accounts.findByUserName(registration.userName);
    if (!existing) {
        return existing.error().toResponse();
    }
    if (existing.value()) {
        return ApiError::make(Status::Conflict, QStringLiteral("userNameTaken"),
                              QStringLiteral("This user name is taken; choose another."),
                              domain::Field::UserName)
            .toResponse();
    }

    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.userName = registration.userName.trimmed();
    account.passwordHash = m_hasher.hash(registration.password);
    account.email = registration.email.trimmed();
    account.mobile = registration.mobile.trimmed();
    account.name = registration.name.trimmed();
    account.registration = registration.toJson();
    account.registration.remove(domain::Field::Password);
    account.registration.remove(domain::Field::PasswordConfirm);
    account.createdAt = m_database.clock().now();
    if (account.passwordHash.isEmpty()) {
        qCCritical(lcAccountsApi) << "the password could not be hashed";
        return ApiError::internal().toResponse();
    }
    const QString token = Tokens::generate();
    const auto created = m_accounts.create(account, Tokens::digest(token),
                                           account.createdAt.addSecs(ActivationHours * 3600));
    if (!created) {
        return created.error().toResponse();
    }

    QJsonObject answer{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("userName"), account.userName},
        {QStringLiteral("activated"), false},
    };
    const QString mailError =
        Mailer(m_settings.mail)
            .send(ActivationMail::make(account.email, account.name, account.userName,
                                       m_settings.publicUrl, token));
    if (!mailError.isEmpty()) {
        qCWarning(lcAccountsApi).noquote()
            << "activation e-mail for account" << account.id << "not sent:" << mailError;
        answer.insert(QStringLiteral("code"), QStringLiteral("mailNotSent"));
        answer.insert(QStringLiteral("message"),
                      QStringLiteral("The account was created, but the activation e-mail could "
                                     "not be sent. Ask for it again later (resend-activation)."));
        return HttpJson::reply(answer, Status::Accepted);
    }
    qCInfo(lcAccountsApi).noquote() << "activation e-mail sent for account" << account.id;
    return HttpJson::reply(answer, Status::Created);
}

QHttpServerResponse AccountsApi::activate(const QHttpServerRequest &request)
{
    const auto body = HttpJson::parseObject(request.body(), contentType(request));
    if (!body) {
        return body.error().toResponse();
    }
    if (const auto checked = HttpJson::checkFields(*body, tokenFields()); !checked) {
        return checked.error().toResponse();
    }
    const auto result = m_accounts.activate(Tokens::digest(body->value(u"token").toString()));
    if (!result) {
        return result.error().toResponse();
    }
    if (result->outcome != Accounts::Activation::Activated) {
        return tokenError(result->outcome).toResponse();
    }
    const auto account = m_accounts.findById(result->accountId);
    if (!account || !account.value()) {
        return ApiError::internal().toResponse();
    }
    return HttpJson::reply(QJsonObject{
        {QStringLiteral("id"), account.value()->id},
        {QStringLiteral("userName"), account.value()->userName},
        {QStringLiteral("activated"), true},
    });
}

QHttpServerResponse AccountsApi::activatePage(const QHttpServerRequest &request)
{
    const QString token = request.query().queryItemValue(QStringLiteral("token"));
    Status status = Status::NotFound;
    QString text =
        QStringLiteral(u"激活链接无效或已使用。 / This activation link is unknown or was "
                       u"used already.");
    if (!token.isEmpty() && token.size() <= 128) {
        const auto result = m_accounts.activate(Tokens::digest(token));
        if (!result) {
            status = Status::InternalServerError;
            text = QStringLiteral(u"服务器出错，请稍后再试。 / The server could not complete the "
                                  u"request. Try again later.");
        } else if (result->outcome == Accounts::Activation::Activated) {
            status = Status::Ok;
            text = QStringLiteral(u"账户已激活，现在可以登录。 / The account is activated: you can "
                                  u"log in now.");
        } else if (result->outcome == Accounts::Activation::Expired) {
            status = Status::Gone;
            text =
                QStringLiteral(u"激活链接已过期，请重新获取。 / The activation link has expired: "
                               u"ask for a new one.");
        }
    }
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                        "<title>DegreeDesk</title></head><body><p>")
                         + text.toHtmlEscaped() + QStringLiteral("</p></body></html>\n");
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                               status);
}

QHttpServerResponse AccountsApi::resendActivation(const QHttpServerRequest &request)
{
    static const QList<HttpJson::FieldSpec> fields{{domain::Field::UserName}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const auto account = m_accounts.findByUserName(body->value(domain::Field::UserName).toString());
    if (!account) {
        return account.error().toResponse();
    }
    if (account.value() && !account.value()->activated()) {
        const Account &found = *account.value();
        const QString token = Tokens::generate();
        const auto replaced = m_accounts.replaceActivationToken(
            found.id, Tokens::digest(token),
            m_database.clock().now().addSecs(ActivationHours * 3600));
        if (!replaced) {
            return replaced.error().toResponse();
        }
        // Sent in the background: the answer comes as fast, and says the same, whether the
        // account exists or not.
        Mailer::sendInBackground(m_settings.mail,
                                 ActivationMail::make(found.email, found.name, found.userName,
                                                      m_settings.publicUrl, token),
                                 QStringLiteral("activation e-mail (again)"), found.id);
    }
    return HttpJson::reply(
        QJsonObject{{QStringLiteral("message"),
                     QStringLiteral("If this user name has an account waiting for activation, a "
                                    "new activation e-mail is on its way; earlier links no "
                                    "longer work.")}},
        Status::Accepted);
}

} // namespace dd::server
