#include "store/RecordKinds.h"

#include "domain/Finding.h"
#include "domain/RecordTypes.h"

namespace dd::store {

namespace {

template<typename T>
Result<T> read(const QJsonObject &body)
{
    domain::Findings problems;
    T value = T::fromJson(body, &problems);
    if (!problems.isEmpty()) {
        const domain::Finding &first = problems.constFirst();
        return StoreError::make(StoreError::Code::InvalidData,
                                //: %1 a record kind ("basicInfo"), %2 what is wrong with it
                                RecordKinds::tr("A stored %1 record cannot be read back: %2")
                                    .arg(T::kind(), first.message),
                                first.rule + QLatin1Char(' ') + first.field);
    }
    return value;
}

template<typename T>
Result<void> setSingle(std::optional<T> *slot, const QJsonObject &body)
{
    auto value = read<T>(body);
    if (!value) {
        return value.error();
    }
    *slot = std::move(value).value();
    return {};
}

template<typename T>
Result<void> append(QList<T> *list, const QJsonObject &body)
{
    auto value = read<T>(body);
    if (!value) {
        return value.error();
    }
    list->append(std::move(value).value());
    return {};
}

} // namespace

QStringList RecordKinds::all()
{
    return domain::RecordTypes::all();
}

bool RecordKinds::isKnown(const QString &kind)
{
    return domain::RecordTypes::isKnown(kind);
}

bool RecordKinds::isSingle(const QString &kind)
{
    return domain::RecordTypes::isSingle(kind);
}

Result<void> RecordKinds::addTo(domain::Dossier *dossier, const QString &kind,
                                const QJsonObject &body)
{
    using namespace domain;
    if (kind == Registration::kind()) {
        return setSingle(&dossier->registration, body);
    }
    if (kind == BasicInfo::kind()) {
        return setSingle(&dossier->basicInfo, body);
    }
    if (kind == Photo::kind()) {
        return setSingle(&dossier->photo, body);
    }
    if (kind == DegreeApplication::kind()) {
        return append(&dossier->applications, body);
    }
    if (kind == DefenseRequest::kind()) {
        return setSingle(&dossier->defenseRequest, body);
    }
    if (kind == Thesis::kind()) {
        return setSingle(&dossier->thesis, body);
    }
    if (kind == ResidencyCertificate::kind()) {
        return setSingle(&dossier->residencyCertificate, body);
    }
    if (kind == ExamRegistration::kind()) {
        return append(&dossier->examRegistrations, body);
    }
    if (kind == ExamScore::kind()) {
        return append(&dossier->examScores, body);
    }
    if (kind == NotificationPrefs::kind()) {
        return setSingle(&dossier->notificationPrefs, body);
    }
    return StoreError::make(StoreError::Code::InvalidData,
                            //: %1 a record kind
                            tr("The database holds a record of an unknown kind \"%1\": it may "
                               "come from a newer DegreeDesk.")
                                .arg(kind),
                            kind);
}

} // namespace dd::store
