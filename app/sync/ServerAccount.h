#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd::sync {

// The account of the server's answers (ACCOUNT in server/API.md): who is logged in.
struct ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccount)

public:
    QString id;
    QString userName;
    QString email;
    QString mobile;
    QString name;
    QString role; // "applicant", "staff", "admin"
    QString centerId;
    bool activated = false;
    QDateTime createdAt;

    // False when the object is not an account (no id or user name).
    static bool fromJson(const QJsonObject &json, ServerAccount *account);
    // The role in the user's language.
    QString roleLabel() const;
};

} // namespace dd::sync
