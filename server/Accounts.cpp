#include "Accounts.h"

#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace dd::server {

Q_LOGGING_CATEGORY(lcAccounts, "dd.server.accounts")

namespace {

const QString Columns = QStringLiteral(
    "id, user_name, password_hash, email, mobile, name, registration, role, center_id, "
    "activated_at, created_at");

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.userName = query.value(1).toString();
    account.passwordHash = query.value(2).toString().toLatin1();
    account.email = query.value(3).toString();
    account.mobile = query.value(4).toString();
    account.name = query.value(5).toString();
    account.registration = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    account.role = query.value(7).toString();
    account.centerId = query.value(8).toString();
    account.activatedAt = ServerDatabase::parseTimestamp(query.value(9).toString());
    account.createdAt = ServerDatabase::parseTimestamp(query.value(10).toString());
    return account;
}

// A NOT NULL text column: an empty QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Accounts::Accounts(const ServerDatabase &database)
    : m_database(database)
{}

ApiResult<std::optional<Account>> Accounts::findOne(const QString &column,
                                                    const QString &value) const
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + Columns
                                     + QStringLiteral(" FROM accounts WHERE ") + column
                                     + QStringLiteral(" = :value"),
                                 {{QStringLiteral("value"), value}});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(accountFrom(query.value()));
}

ApiResult<std::optional<Account>> Accounts::findByUserName(const QString &userName) const
{
    return findOne(QStringLiteral("user_name_folded"), Account::foldUserName(userName));
}

ApiResult<std::optional<Account>> Accounts::findById(const QString &id) const
{
    return findOne(QStringLiteral("id"), id);
}

ApiResult<void> Accounts::create(const Account &account, const QByteArray &tokenDigest,
                                 const QDateTime &tokenExpiresAt)
{
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO accounts (id, user_name, user_name_folded, password_hash, email, "
                "email_folded, mobile, name, registration, role, center_id, activated_at, "
                "created_at) VALUES (:id, :userName, :folded, :hash, :email, :emailFolded, "
                ":mobile, :name, :registration, :role, :centerId, :activatedAt, :createdAt)"),
            {
                {QStringLiteral("id"), account.id},
                {QStringLiteral("userName"), account.userName},
                {QStringLiteral("folded"), Account::foldUserName(account.userName)},
                {QStringLiteral("hash"), QString::fromLatin1(account.passwordHash)},
                {QStringLiteral("email"), text(account.email)},
                {QStringLiteral("emailFolded"), text(Account::foldEmail(account.email))},
                {QStringLiteral("mobile"), text(account.mobile)},
                {QStringLiteral("name"), text(account.name)},
                {QStringLiteral("registration"),
                 QString::fromUtf8(
                     QJsonDocument(account.registration).toJson(QJsonDocument::Compact))},
                {QStringLiteral("role"), account.role},
                {QStringLiteral("centerId"), textOrNull(account.centerId)},
                {QStringLiteral("activatedAt"),
                 textOrNull(account.activated() ? ServerDatabase::timestamp(account.activatedAt)
                                                : QString())},
                {QStringLiteral("createdAt"), ServerDatabase::timestamp(account.createdAt)},
            });
        if (!inserted) {
            return inserted.error();
        }
        auto token = m_database.exec(
            QStringLiteral("INSERT INTO activation_tokens (digest, account_id, expires_at, used) "
                           "VALUES (:digest, :account, :expires, 0)"),
            {
                {QStringLiteral("digest"), QString::fromLatin1(tokenDigest)},
                {QStringLiteral("account"), account.id},
                {QStringLiteral("expires"), ServerDatabase::timestamp(tokenExpiresAt)},
            });
        if (!token) {
            return token.error();
        }
        return {};
    });
    if (!done) {
        // The user name may have been taken between the caller's look-up and the insert.
        const auto existing = findByUserName(account.userName);
        if (existing && existing.value()) {
            return ApiError::make(ApiError::Status::Conflict, QStringLiteral("userNameTaken"),
                                  QStringLiteral("This user name is taken; choose another."),
                                  QStringLiteral("userName"));
        }
        return done;
    }
    qCInfo(lcAccounts).noquote() << "account" << account.id << "created";
    return {};
}

ApiResult<void> Accounts::setPasswordHash(const QString &accountId, const QByteArray &hash)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE accounts SET password_hash = :hash WHERE id = :id"),
        {{QStringLiteral("hash"), QString::fromLatin1(hash)}, {QStringLiteral("id"), accountId}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<void> Accounts::updateContact(const Account &account)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE accounts SET email = :email, email_folded = :emailFolded, "
                       "mobile = :mobile, registration = :registration WHERE id = :id"),
        {
            {QStringLiteral("email"), text(account.email)},
            {QStringLiteral("emailFolded"), text(Account::foldEmail(account.email))},
            {QStringLiteral("mobile"), text(account.mobile)},
            {QStringLiteral("registration"),
             QString::fromUtf8(QJsonDocument(account.registration).toJson(QJsonDocument::Compact))},
            {QStringLiteral("id"), account.id},
        });
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<void> Accounts::replaceActivationToken(const QString &accountId, const QByteArray &digest,
                                                 const QDateTime &expiresAt)
{
    return m_database.inTransaction([&]() -> ApiResult<void> {
        auto removed = m_database.exec(
            QStringLiteral("DELETE FROM activation_tokens WHERE account_id = :account"),
            {{QStringLiteral("account"), accountId}});
        if (!removed) {
            return removed.error();
        }
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO activation_tokens (digest, account_id, expires_at, used) "
                           "VALUES (:digest, :account, :expires, 0)"),
            {
                {QStringLiteral("digest"), QString::fromLatin1(digest)},
                {QStringLiteral("account"), accountId},
                {QStringLiteral("expires"), ServerDatabase::timestamp(expiresAt)},
            });
        if (!inserted) {
            return inserted.error();
        }
        return {};
    });
}

ApiResult<Accounts::ActivationResult> Accounts::activate(const QByteArray &digest)
{
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT account_id, expires_at, used FROM activation_tokens WHERE digest = :digest"),
        {{QStringLiteral("digest"), QString::fromLatin1(digest)}});
    if (!found) {
        return found.error();
    }
    ActivationResult result;
    QSqlQuery &row = found.value();
    if (!row.next() || row.value(2).toInt() != 0) {
        return result;
    }
    result.accountId = row.value(0).toString();
    const QString now = m_database.now();
    if (row.value(1).toString() <= now) {
        result.outcome = Activation::Expired;
        return result;
    }
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        auto used = m_database.exec(
            QStringLiteral(
                "UPDATE activation_tokens SET used = 1 WHERE digest = :digest AND used = 0"),
            {{QStringLiteral("digest"), QString::fromLatin1(digest)}});
        if (!used) {
            return used.error();
        }
        if (used.value().numRowsAffected() != 1) {
            // Another request used it first.
            return {};
        }
        auto activated = m_database.exec(
            QStringLiteral("UPDATE accounts SET activated_at = :now "
                           "WHERE id = :id AND activated_at IS NULL"),
            {{QStringLiteral("now"), now}, {QStringLiteral("id"), result.accountId}});
        if (!activated) {
            return activated.error();
        }
        result.outcome = Activation::Activated;
        return {};
    });
    if (!done) {
        return done.error();
    }
    if (result.outcome == Activation::Activated) {
        qCInfo(lcAccounts).noquote() << "account" << result.accountId << "activated";
    }
    return result;
}

ApiResult<int> Accounts::purgeUnactivated(const QDateTime &cutoff)
{
    auto query = m_database.exec(
        QStringLiteral("DELETE FROM accounts WHERE activated_at IS NULL AND created_at < :cutoff"),
        {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

ApiResult<int> Accounts::purgeTokens(const QDateTime &cutoff)
{
    auto query =
        m_database.exec(QStringLiteral("DELETE FROM activation_tokens WHERE expires_at < :cutoff"),
                        {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
