#pragma once

#include "domain/Finding.h"
#include "domain/StateChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 全国统考: the registration for one paper of the national exam (外国语水平 or 学科综合水平)
// on the NEEA exam system, with its state and timeline. Staff record an exemption (免考) with
// a free-text reason (REFERENCE.md §5.2: no exemption rule was found in the sources).
struct ExamRegistration
{
    QString examYear;     // "2024"
    QString examSubject;  // exam_subjects catalog code
    QString examLanguage; // the foreign language: an exam_subjects code of kind "language"
    bool feePaid = false;
    QString ticketNumber; // 准考证号
    QString state = QStringLiteral("draft");
    QList<StateChange> timeline;
    QString exemptReason; // empty unless exempt (免考)

    bool isExempt() const { return !exemptReason.trimmed().isEmpty(); }

    static QString kind() { return QStringLiteral("examRegistration"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static ExamRegistration fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const ExamRegistration &, const ExamRegistration &) = default;
};

} // namespace dd::domain
