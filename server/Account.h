#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd::server {

// One row of accounts: who may log in, with the registration form they filled in (without
// the password). toJson() is what the API shows: never the password hash.
struct Account
{
    static inline const QString Applicant = QStringLiteral("applicant");
    static inline const QString Staff = QStringLiteral("staff");
    static inline const QString Admin = QStringLiteral("admin");

    QString id; // a UUID
    QString userName;
    QByteArray passwordHash;
    QString email;
    QString mobile;
    QString name;
    QJsonObject registration;
    QString role = Applicant;
    QString centerId;      // empty: none
    QDateTime activatedAt; // invalid: not activated
    QDateTime createdAt;

    bool activated() const { return activatedAt.isValid(); }
    QJsonObject toJson() const;

    // The key that makes user names unique: "Wang.Lei@163.com" and "wang.lei@163.com " are one.
    static QString foldUserName(const QString &userName);
    static QString foldEmail(const QString &email);
};

} // namespace dd::server
