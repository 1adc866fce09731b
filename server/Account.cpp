#include "Account.h"

#include "ServerDatabase.h"

#include <QJsonValue>

namespace dd::server {

QJsonObject Account::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("email"), email},
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("centerId"), centerId.isEmpty() ? QJsonValue() : QJsonValue(centerId)},
        {QStringLiteral("activated"), activated()},
        {QStringLiteral("activatedAt"),
         activated() ? QJsonValue(ServerDatabase::timestamp(activatedAt)) : QJsonValue()},
        {QStringLiteral("createdAt"), ServerDatabase::timestamp(createdAt)},
        {QStringLiteral("registration"), registration},
    };
}

QString Account::foldUserName(const QString &userName)
{
    return userName.trimmed().toLower();
}

QString Account::foldEmail(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace dd::server
