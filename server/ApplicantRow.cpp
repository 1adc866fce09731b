#include "ApplicantRow.h"

#include "ServerDatabase.h"

namespace dd::server {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ApplicantRow::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("version"), version},
        {QStringLiteral("center"), textOrNull(centerId)},
        {QStringLiteral("owner"), textOrNull(ownerUserName)},
        {QStringLiteral("updatedAt"), ServerDatabase::timestamp(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace dd::server
