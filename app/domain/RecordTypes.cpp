#include "domain/RecordTypes.h"

#include "domain/Dossier.h"

namespace dd::domain {

namespace {

template<typename T>
Findings readAs(const QJsonObject &body)
{
    Findings problems;
    T::fromJson(body, &problems);
    return problems;
}

} // namespace

QStringList RecordTypes::all()
{
    return {Registration::kind(),         BasicInfo::kind(),        Photo::kind(),
            DegreeApplication::kind(),    DefenseRequest::kind(),   Thesis::kind(),
            ResidencyCertificate::kind(), ExamRegistration::kind(), ExamScore::kind(),
            NotificationPrefs::kind()};
}

bool RecordTypes::isKnown(const QString &kind)
{
    return all().contains(kind);
}

bool RecordTypes::isSingle(const QString &kind)
{
    return isKnown(kind) && kind != DegreeApplication::kind() && kind != ExamRegistration::kind()
           && kind != ExamScore::kind();
}

Findings RecordTypes::read(const QString &kind, const QJsonObject &body)
{
    if (kind == Registration::kind()) {
        return readAs<Registration>(body);
    }
    if (kind == BasicInfo::kind()) {
        return readAs<BasicInfo>(body);
    }
    if (kind == Photo::kind()) {
        return readAs<Photo>(body);
    }
    if (kind == DegreeApplication::kind()) {
        return readAs<DegreeApplication>(body);
    }
    if (kind == DefenseRequest::kind()) {
        return readAs<DefenseRequest>(body);
    }
    if (kind == Thesis::kind()) {
        return readAs<Thesis>(body);
    }
    if (kind == ResidencyCertificate::kind()) {
        return readAs<ResidencyCertificate>(body);
    }
    if (kind == ExamRegistration::kind()) {
        return readAs<ExamRegistration>(body);
    }
    if (kind == ExamScore::kind()) {
        return readAs<ExamScore>(body);
    }
    if (kind == NotificationPrefs::kind()) {
        return readAs<NotificationPrefs>(body);
    }
    //: %1 the kind a record names ("basicInfo")
    return {Finding::error(QStringLiteral("kind"), UnknownKindRule,
                           tr("\"%1\" is not a kind of record.").arg(kind), kind)};
}

} // namespace dd::domain
