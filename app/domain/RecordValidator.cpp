#include "domain/RecordValidator.h"

#include "domain/BasicInfoValidator.h"
#include "domain/DegreeApplicationValidator.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"
#include "domain/IdNumberRule.h"
#include "domain/JsonReader.h"
#include "domain/NameRule.h"
#include "domain/RegistrationValidator.h"
#include "domain/ResidencyCertificateValidator.h"
#include "domain/ThesisValidator.h"

#include <QJsonArray>

namespace dd::domain {

namespace {

const QString s_applicant = QStringLiteral("applicant");

// Prefixes the field keys of a nested record's findings: "basicInfo.birthDate",
// "applications[1].discipline".
Findings prefixed(const QString &prefix, Findings findings)
{
    for (Finding &f : findings) {
        f.field = prefix + QLatin1Char('.') + f.field;
    }
    return findings;
}

template<typename Record, typename Check>
Findings readAndCheck(const QJsonObject &json, Check check, Record *out = nullptr)
{
    Findings findings;
    const Record record = Record::fromJson(json, &findings);
    findings += check(record);
    if (out) {
        *out = record;
    }
    return findings;
}

} // namespace

QStringList RecordValidator::kinds()
{
    return {Registration::kind(),      BasicInfo::kind(),
            DegreeApplication::kind(), ExamRegistration::kind(),
            ExamScore::kind(),         Thesis::kind(),
            DefenseRequest::kind(),    ResidencyCertificate::kind(),
            NotificationPrefs::kind(), s_applicant};
}

bool RecordValidator::isKind(const QString &kind)
{
    return kinds().contains(kind);
}

Findings RecordValidator::validate(const QString &kind, const QJsonObject &json,
                                   const ValidationContext &context)
{
    if (kind == Registration::kind()) {
        return readAndCheck<Registration>(json, [&](const Registration &r) {
            return RegistrationValidator::validate(r, context);
        });
    }
    if (kind == BasicInfo::kind()) {
        return readAndCheck<BasicInfo>(
            json, [&](const BasicInfo &b) { return BasicInfoValidator::validate(b, context); });
    }
    if (kind == DegreeApplication::kind()) {
        return readAndCheck<DegreeApplication>(json, [&](const DegreeApplication &a) {
            return DegreeApplicationValidator::validate(a, context);
        });
    }
    if (kind == ExamRegistration::kind()) {
        return readAndCheck<ExamRegistration>(
            json, [&](const ExamRegistration &r) { return ExamValidator::validate(r, context); });
    }
    if (kind == ExamScore::kind()) {
        return readAndCheck<ExamScore>(
            json, [&](const ExamScore &s) { return ExamValidator::validate(s, context); });
    }
    if (kind == Thesis::kind()) {
        return readAndCheck<Thesis>(
            json, [&](const Thesis &t) { return ThesisValidator::validate(t, context); });
    }
    if (kind == DefenseRequest::kind()) {
        return readAndCheck<DefenseRequest>(
            json, [&](const DefenseRequest &r) { return ThesisValidator::validate(r, context); });
    }
    if (kind == ResidencyCertificate::kind()) {
        return readAndCheck<ResidencyCertificate>(json, [&](const ResidencyCertificate &c) {
            return ResidencyCertificateValidator::validate(c, context);
        });
    }
    if (kind == NotificationPrefs::kind()) {
        return readAndCheck<NotificationPrefs>(json, [](const NotificationPrefs &p) {
            return ResidencyCertificateValidator::validate(p);
        });
    }
    if (kind == s_applicant) {
        return validateApplicant(json, context);
    }
    return {Finding::error(QStringLiteral("kind"), QStringLiteral("record.unknownKind"),
                           tr("\"%1\" is not a kind of record. Use one of: %2.")
                               .arg(kind, kinds().join(QStringLiteral(", "))))};
}

Findings RecordValidator::validateApplicant(const QJsonObject &json,
                                            const ValidationContext &context)
{
    Findings findings;
    static const QStringList parts{
        Registration::kind(),           BasicInfo::kind(),
        QStringLiteral("applications"), QStringLiteral("examRegistrations"),
        QStringLiteral("examScores"),   Thesis::kind(),
        DefenseRequest::kind(),         ResidencyCertificate::kind(),
        NotificationPrefs::kind()};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!parts.contains(it.key())) {
            findings.append(
                Finding::error(it.key(), JsonReader::UnknownFieldRule,
                               tr("\"%1\" is not a part of an applicant's record. Use: %2.")
                                   .arg(it.key(), parts.join(QStringLiteral(", "))),
                               it.key()));
            continue;
        }
        const bool isList = it.key() == u"applications" || it.key() == u"examRegistrations"
                            || it.key() == u"examScores";
        if ((isList && !it.value().isArray()) || (!isList && !it.value().isObject())) {
            findings.append(Finding::error(
                it.key(), JsonReader::WrongTypeRule,
                isList ? tr("\"%1\" must be a JSON array of records.").arg(it.key())
                       : tr("\"%1\" must be a JSON object.").arg(it.key()),
                JsonReader::typeName(isList ? JsonReader::Type::Array : JsonReader::Type::Object)));
        } else if (isList) {
            // Each row must be a record, as JsonReader::rows() requires of a table's rows.
            const QJsonArray rows = it.value().toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (!rows.at(i).isObject()) {
                    const QString rowKey = Field::rowKey(it.key(), i, {});
                    findings.append(Finding::error(rowKey, JsonReader::WrongTypeRule,
                                                   tr("\"%1\" must be a JSON object.").arg(rowKey),
                                                   JsonReader::typeName(JsonReader::Type::Object)));
                }
            }
        }
    }
    if (hasErrors(findings)) {
        return findings;
    }

    Registration registration;
    const bool hasRegistration = json.contains(Registration::kind());
    if (hasRegistration) {
        findings += prefixed(
            Registration::kind(),
            readAndCheck<Registration>(
                json.value(Registration::kind()).toObject(),
                [&](const Registration &r) { return RegistrationValidator::validate(r, context); },
                &registration));
    }
    BasicInfo basic;
    const bool hasBasic = json.contains(BasicInfo::kind());
    if (hasBasic) {
        findings += prefixed(
            BasicInfo::kind(),
            readAndCheck<BasicInfo>(
                json.value(BasicInfo::kind()).toObject(),
                [&](const BasicInfo &b) { return BasicInfoValidator::validate(b, context); },
                &basic));
    }
    if (hasRegistration && hasBasic) {
        // The portal copies 姓名 and the ID number from the registration; they must agree.
        if (!basic.name.isEmpty()
            && NameRule::normalize(basic.name) != NameRule::normalize(registration.name)) {
            findings.append(Finding::error(
                BasicInfo::kind() + QLatin1Char('.') + Field::Name,
                QStringLiteral("applicant.nameDiffers"),
                tr("%1 in the basic information differs from the registration (%2), which can "
                   "never change. Correct the basic information to match it.")
                    .arg(Field::label(Field::Name), registration.name)));
        }
        if (IdNumberRule::normalize(basic.idNumber)
                != IdNumberRule::normalize(registration.idNumber)
            || basic.idType != registration.idType) {
            findings.append(Finding::error(
                BasicInfo::kind() + QLatin1Char('.') + Field::IdNumber,
                QStringLiteral("applicant.idDiffers"),
                tr("%1 and its type in the basic information differ from the registration; the "
                   "portal and the exam system compare them, so they must be identical.")
                    .arg(Field::label(Field::IdNumber))));
        }
    }

    bool needsCertificate = false;
    const QJsonArray applications = json.value(QStringLiteral("applications")).toArray();
    for (qsizetype i = 0; i < applications.size(); ++i) {
        DegreeApplication application;
        findings += prefixed(Field::rowKey(QStringLiteral("applications"), i, {}),
                             readAndCheck<DegreeApplication>(
                                 applications.at(i).toObject(),
                                 [&](const DegreeApplication &a) {
                                     return DegreeApplicationValidator::validate(
                                         a, context, hasBasic ? &basic : nullptr);
                                 },
                                 &application));
        needsCertificate =
            needsCertificate || DegreeApplicationValidator::needsResidencyCertificate(application);
    }
    const QJsonArray exams = json.value(QStringLiteral("examRegistrations")).toArray();
    for (qsizetype i = 0; i < exams.size(); ++i) {
        findings += prefixed(Field::rowKey(QStringLiteral("examRegistrations"), i, {}),
                             validate(ExamRegistration::kind(), exams.at(i).toObject(), context));
    }
    const QJsonArray scores = json.value(QStringLiteral("examScores")).toArray();
    for (qsizetype i = 0; i < scores.size(); ++i) {
        findings += prefixed(Field::rowKey(QStringLiteral("examScores"), i, {}),
                             validate(ExamScore::kind(), scores.at(i).toObject(), context));
    }
    for (const QString &kind : {Thesis::kind(), DefenseRequest::kind(),
                                ResidencyCertificate::kind(), NotificationPrefs::kind()}) {
        if (json.contains(kind)) {
            findings += prefixed(kind, validate(kind, json.value(kind).toObject(), context));
        }
    }
    if (needsCertificate && !json.contains(ResidencyCertificate::kind())) {
        findings.append(Finding::error(
            ResidencyCertificate::kind(), QStringLiteral("applicant.certificateMissing"),
            tr("The professional degree applied for (clinical medicine, stomatology or "
               "traditional Chinese medicine) needs the physician and residency certificates "
               "(填写规培、医师证书信息).")));
    }
    return findings;
}

} // namespace dd::domain
