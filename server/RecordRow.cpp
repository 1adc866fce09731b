#include "RecordRow.h"

#include "ServerDatabase.h"

namespace dd::server {

QJsonObject RecordRow::toJson() const
{
    QJsonObject json{
        {QStringLiteral("uuid"), id},
        {QStringLiteral("applicant"), applicantId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("version"), version},
        {QStringLiteral("updatedAt"), ServerDatabase::timestamp(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
    if (!deleted) {
        json.insert(QStringLiteral("body"), body);
    }
    return json;
}

} // namespace dd::server
