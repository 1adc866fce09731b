#include "sync/RemoteJson.h"

#include <QJsonValue>

namespace dd::sync {

using store::OutboxEntry;
using store::RemoteChange;

namespace {

QUuid uuidIn(const QJsonObject &object, QStringView key)
{
    return QUuid::fromString(object.value(key).toString());
}

std::optional<RemoteChange> fail(QString *error, const QString &why)
{
    if (error) {
        *error = why;
    }
    return std::nullopt;
}

// A version is a positive whole number (JSON numbers are doubles: 2^53 is far enough).
qint64 versionOf(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return 0;
    }
    const double number = value.toDouble();
    const auto version = static_cast<qint64>(number);
    return static_cast<double>(version) == number && version > 0 ? version : 0;
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString RemoteJson::uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

std::optional<RemoteChange> RemoteJson::fromApplicant(const QJsonObject &applicant, QString *error)
{
    RemoteChange change;
    change.entity = OutboxEntry::Entity::Applicant;
    change.uuid = uuidIn(applicant, u"uuid");
    if (change.uuid.isNull()) {
        return fail(error, QStringLiteral("an applicant without a uuid"));
    }
    change.applicant = change.uuid;
    change.version = versionOf(applicant.value(u"version"));
    if (change.version == 0) {
        return fail(error,
                    QStringLiteral("applicant %1 without a version").arg(uuidText(change.uuid)));
    }
    change.label = applicant.value(u"label").toString();
    change.deleted = applicant.value(u"deleted").toBool();
    change.updatedAt = timeOf(applicant.value(u"updatedAt"));
    return change;
}

std::optional<RemoteChange> RemoteJson::fromRecord(const QJsonObject &record, QString *error)
{
    RemoteChange change;
    change.entity = OutboxEntry::Entity::Record;
    change.uuid = uuidIn(record, u"uuid");
    if (change.uuid.isNull()) {
        return fail(error, QStringLiteral("a record without a uuid"));
    }
    const QString name = uuidText(change.uuid);
    change.applicant = uuidIn(record, u"applicant");
    change.kind = record.value(u"kind").toString();
    change.version = versionOf(record.value(u"version"));
    if (change.applicant.isNull() || change.kind.isEmpty() || change.version == 0) {
        return fail(error,
                    QStringLiteral("record %1 without its applicant, kind or version").arg(name));
    }
    change.deleted = record.value(u"deleted").toBool();
    if (!change.deleted) {
        const QJsonValue body = record.value(u"body");
        if (!body.isObject()) {
            return fail(error, QStringLiteral("live record %1 without a body").arg(name));
        }
        change.body = body.toObject();
    }
    change.updatedAt = timeOf(record.value(u"updatedAt"));
    return change;
}

std::optional<RemoteChange> RemoteJson::fromChange(const QJsonObject &change, QString *error)
{
    const QString entity = change.value(u"entity").toString();
    if (entity == u"applicant") {
        return fromApplicant(change.value(u"applicant").toObject(), error);
    }
    if (entity == u"record") {
        return fromRecord(change.value(u"record").toObject(), error);
    }
    return fail(error, QStringLiteral("a change of an unknown entity \"%1\"").arg(entity));
}

std::optional<RemoteChange> RemoteJson::fromCurrent(const QJsonObject &current, QString *error)
{
    if (current.contains(u"applicant")) {
        return fromApplicant(current.value(u"applicant").toObject(), error);
    }
    if (current.contains(u"record")) {
        return fromRecord(current.value(u"record").toObject(), error);
    }
    return fail(error, QStringLiteral("a conflict without the server's current value"));
}

QJsonObject RemoteJson::applicantBody(const QString &label)
{
    return {{QStringLiteral("label"), label}};
}

QJsonObject RemoteJson::recordBody(const store::RecordMeta &meta, const QJsonObject &json)
{
    return {{QStringLiteral("applicant"), uuidText(meta.applicant)},
            {QStringLiteral("kind"), meta.kind},
            {QStringLiteral("body"), json}};
}

qint64 RemoteJson::versionIn(const QJsonObject &answer)
{
    for (const QStringView key : {QStringView(u"applicant"), QStringView(u"record")}) {
        const QJsonValue value = answer.value(key);
        if (value.isObject()) {
            return versionOf(value.toObject().value(u"version"));
        }
    }
    return 0;
}

} // namespace dd::sync
