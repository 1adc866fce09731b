#include "domain/Field.h"

#include "domain/AsciiPattern.h"

#include <QMap>

#include <algorithm>

namespace dd::domain {

namespace {

struct LabelEntry
{
    const QString *key;
    const char *label;
};

// The words of the portal's own forms (portal-screens.md), in English source text; the zh_CN
// translation gives the portal's exact Chinese labels.
const LabelEntry s_labels[] = {
    {&Field::UserName, QT_TRANSLATE_NOOP("Field", "User name")},
    {&Field::Password, QT_TRANSLATE_NOOP("Field", "Password")},
    {&Field::PasswordConfirm, QT_TRANSLATE_NOOP("Field", "Confirm password")},
    {&Field::Email, QT_TRANSLATE_NOOP("Field", "E-mail address")},
    {&Field::EmailConfirm, QT_TRANSLATE_NOOP("Field", "Confirm e-mail address")},
    {&Field::Mobile, QT_TRANSLATE_NOOP("Field", "Mobile phone")},
    {&Field::Name, QT_TRANSLATE_NOOP("Field", "Name")},
    {&Field::Country, QT_TRANSLATE_NOOP("Field", "Country or region")},
    {&Field::IdType, QT_TRANSLATE_NOOP("Field", "ID document type")},
    {&Field::IdNumber, QT_TRANSLATE_NOOP("Field", "ID number")},
    {&Field::IdNumberConfirm, QT_TRANSLATE_NOOP("Field", "Confirm ID number")},
    {&Field::Address, QT_TRANSLATE_NOOP("Field", "Postal address")},
    {&Field::PostalCode, QT_TRANSLATE_NOOP("Field", "Postal code")},
    {&Field::DayPhone, QT_TRANSLATE_NOOP("Field", "Phone during working hours")},
    {&Field::EveningPhone, QT_TRANSLATE_NOOP("Field", "Phone outside working hours")},
    {&Field::Remarks, QT_TRANSLATE_NOOP("Field", "Remarks")},
    {&Field::NamePinyin, QT_TRANSLATE_NOOP("Field", "Name in pinyin")},
    {&Field::Gender, QT_TRANSLATE_NOOP("Field", "Sex")},
    {&Field::Ethnicity, QT_TRANSLATE_NOOP("Field", "Ethnic group")},
    {&Field::BirthDate, QT_TRANSLATE_NOOP("Field", "Date of birth")},
    {&Field::PoliticalStatus, QT_TRANSLATE_NOOP("Field", "Political status")},
    {&Field::WorkStartMonth, QT_TRANSLATE_NOOP("Field", "Month work began")},
    {&Field::PriorDegreeMonth, QT_TRANSLATE_NOOP("Field", "Month of prior degree")},
    {&Field::PriorDegreeCategory, QT_TRANSLATE_NOOP("Field", "Category of prior degree")},
    {&Field::Resume, QT_TRANSLATE_NOOP("Field", "Personal history")},
    {&Field::ResumeStart, QT_TRANSLATE_NOOP("Field", "Start month")},
    {&Field::ResumeEnd, QT_TRANSLATE_NOOP("Field", "End month")},
    {&Field::ResumeOrganization, QT_TRANSLATE_NOOP("Field", "School or employer")},
    {&Field::ResumeRole, QT_TRANSLATE_NOOP("Field", "Study or position")},
    {&Field::Year, QT_TRANSLATE_NOOP("Field", "Year")},
    {&Field::InstitutionProvince, QT_TRANSLATE_NOOP("Field", "Province of awarding institution")},
    {&Field::Institution, QT_TRANSLATE_NOOP("Field", "Awarding institution")},
    {&Field::DegreeType, QT_TRANSLATE_NOOP("Field", "Degree type")},
    {&Field::DisciplineCategory, QT_TRANSLATE_NOOP("Field", "Discipline category")},
    {&Field::Discipline, QT_TRANSLATE_NOOP("Field", "Discipline")},
    {&Field::ApplicantCategory, QT_TRANSLATE_NOOP("Field", "Applicant category")},
    {&Field::ApplicationMonth, QT_TRANSLATE_NOOP("Field", "Month of online application")},
    {&Field::StudentNumber, QT_TRANSLATE_NOOP("Field", "Student number")},
    {&Field::ClassName, QT_TRANSLATE_NOOP("Field", "Class")},
    {&Field::Department, QT_TRANSLATE_NOOP("Field", "Department")},
    {&Field::EmployerProvince, QT_TRANSLATE_NOOP("Field", "Province of employer")},
    {&Field::EmployerName, QT_TRANSLATE_NOOP("Field", "Employer")},
    {&Field::EmployerType, QT_TRANSLATE_NOOP("Field", "Nature of employer")},
    {&Field::AdminRank, QT_TRANSLATE_NOOP("Field", "Administrative rank")},
    {&Field::TechRank, QT_TRANSLATE_NOOP("Field", "Technical title level")},
    {&Field::State, QT_TRANSLATE_NOOP("Field", "Application state")},
    {&Field::ExamYear, QT_TRANSLATE_NOOP("Field", "Exam year")},
    {&Field::ExamSubject, QT_TRANSLATE_NOOP("Field", "Exam subject")},
    {&Field::ExamLanguage, QT_TRANSLATE_NOOP("Field", "Foreign language")},
    {&Field::FeePaid, QT_TRANSLATE_NOOP("Field", "Fee paid")},
    {&Field::TicketNumber, QT_TRANSLATE_NOOP("Field", "Admission ticket number")},
    {&Field::Score, QT_TRANSLATE_NOOP("Field", "Score")},
    {&Field::ExemptReason, QT_TRANSLATE_NOOP("Field", "Reason for exemption")},
    {&Field::ThesisTitle, QT_TRANSLATE_NOOP("Field", "Thesis title")},
    {&Field::ThesisTitleEn, QT_TRANSLATE_NOOP("Field", "Thesis title in English")},
    {&Field::Keywords, QT_TRANSLATE_NOOP("Field", "Keywords")},
    {&Field::ThesisType, QT_TRANSLATE_NOOP("Field", "Thesis type")},
    {&Field::ThesisSource, QT_TRANSLATE_NOOP("Field", "Source of the topic")},
    {&Field::WordCount, QT_TRANSLATE_NOOP("Field", "Length (10,000 characters)")},
    {&Field::ThesisStart, QT_TRANSLATE_NOOP("Field", "Thesis start date")},
    {&Field::ThesisEnd, QT_TRANSLATE_NOOP("Field", "Thesis end date")},
    {&Field::Secrecy, QT_TRANSLATE_NOOP("Field", "Security classification")},
    {&Field::ResearchDirection, QT_TRANSLATE_NOOP("Field", "Research direction")},
    {&Field::SupervisorName, QT_TRANSLATE_NOOP("Field", "Supervisor")},
    {&Field::SupervisorTitle, QT_TRANSLATE_NOOP("Field", "Supervisor's title")},
    {&Field::SupervisorEmployer, QT_TRANSLATE_NOOP("Field", "Supervisor's institution")},
    {&Field::DefenseDate, QT_TRANSLATE_NOOP("Field", "Defence date")},
    {&Field::CoursesPassedMonth, QT_TRANSLATE_NOOP("Field", "Month all tests were passed")},
    {&Field::QualificationNumber,
     QT_TRANSLATE_NOOP("Field", "Physician qualification certificate number")},
    {&Field::QualificationMonth, QT_TRANSLATE_NOOP("Field", "Month qualification obtained")},
    {&Field::QualificationCategory, QT_TRANSLATE_NOOP("Field", "Qualification category")},
    {&Field::PracticeNumber, QT_TRANSLATE_NOOP("Field", "Practising certificate number")},
    {&Field::PracticeCategory, QT_TRANSLATE_NOOP("Field", "Practice category")},
    {&Field::PracticeScope, QT_TRANSLATE_NOOP("Field", "Scope of practice")},
    {&Field::PracticePlace, QT_TRANSLATE_NOOP("Field", "Place of practice")},
    {&Field::PracticeFirstRegistered, QT_TRANSLATE_NOOP("Field", "Date first registered")},
    {&Field::ResidencyCompleted,
     QT_TRANSLATE_NOOP("Field", "Residency training certificate obtained")},
    {&Field::ResidencyNumber, QT_TRANSLATE_NOOP("Field", "Residency training certificate number")},
    {&Field::ResidencySpecialty, QT_TRANSLATE_NOOP("Field", "Residency specialty")},
    {&Field::ResidencyBase, QT_TRANSLATE_NOOP("Field", "Residency training base")},
    {&Field::ResidencyStart, QT_TRANSLATE_NOOP("Field", "Residency start month")},
    {&Field::ResidencyEnd, QT_TRANSLATE_NOOP("Field", "Residency end month")},
    {&Field::PhotoJpeg, QT_TRANSLATE_NOOP("Field", "Certificate photo")},
    {&Field::PhotoOriginalSha256, QT_TRANSLATE_NOOP("Field", "Original photo checksum")},
    {&Field::PhotoOriginalName, QT_TRANSLATE_NOOP("Field", "Original photo file")},
    {&Field::PhotoCrop, QT_TRANSLATE_NOOP("Field", "Photo crop")},
    {&Field::PhotoFailedRules, QT_TRANSLATE_NOOP("Field", "Failed photo checks")},
    {&Field::RemindDaysBefore, QT_TRANSLATE_NOOP("Field", "Days of notice before a deadline")},
    {&Field::RemindDeadlines, QT_TRANSLATE_NOOP("Field", "Remind of deadlines")},
    {&Field::RemindExam, QT_TRANSLATE_NOOP("Field", "Remind of the exam")},
    {&Field::RemindScores, QT_TRANSLATE_NOOP("Field", "Remind of score release")},
    {&Field::IcsExport, QT_TRANSLATE_NOOP("Field", "Export deadlines as a calendar file")},
    {&Field::Timeline, QT_TRANSLATE_NOOP("Field", "State history")},
    {&Field::TimelineFrom, QT_TRANSLATE_NOOP("Field", "Previous state")},
    {&Field::TimelineTo, QT_TRANSLATE_NOOP("Field", "New state")},
    {&Field::TimelineAction, QT_TRANSLATE_NOOP("Field", "Action")},
    {&Field::TimelineAt, QT_TRANSLATE_NOOP("Field", "Time")},
    {&Field::TimelineNote, QT_TRANSLATE_NOOP("Field", "Note")},
    {&Field::RegistrationRecord, QT_TRANSLATE_NOOP("Field", "Registration")},
    {&Field::BasicInfoRecord, QT_TRANSLATE_NOOP("Field", "Basic information")},
    {&Field::Applications, QT_TRANSLATE_NOOP("Field", "Degree applications")},
    {&Field::ExamRegistrations, QT_TRANSLATE_NOOP("Field", "National exam registrations")},
    {&Field::ExamScores, QT_TRANSLATE_NOOP("Field", "National exam scores")},
    {&Field::ThesisRecord, QT_TRANSLATE_NOOP("Field", "Thesis information")},
    {&Field::DefenseRequestRecord, QT_TRANSLATE_NOOP("Field", "Defence application")},
    {&Field::ResidencyCertificateRecord,
     QT_TRANSLATE_NOOP("Field", "Residency and physician certificates")},
    {&Field::NotificationPrefsRecord, QT_TRANSLATE_NOOP("Field", "Notification preferences")},
};

// The source labels by key, built once; the first entry of a key wins, as in the table. (A
// QMap: for keys this short a few comparisons cost less than QHash's seeded hashing.)
const char *sourceLabel(const QString &key)
{
    static const QMap<QString, const char *> labels = [] {
        QMap<QString, const char *> byKey;
        for (const LabelEntry &entry : s_labels) {
            if (!byKey.contains(*entry.key)) {
                byKey.insert(*entry.key, entry.label);
            }
        }
        return byKey;
    }();
    return labels.value(key, nullptr);
}

// \w of a QRegularExpression without UseUnicodePropertiesOption: ASCII only.
bool isWordCharacter(QChar c)
{
    return AsciiPattern::isLetterOrDigit(c) || c == u'_';
}

// The parts of a row key: "resume[2].end" (table, row digits, field) or "resume[2]" (no
// field). The same as matching ^(\w+)\[(\d+)\]\.(\w+)$ or ^(\w+)\[(\d+)\]$, whose $ also
// matches before a final line feed.
struct RowKeyParts
{
    QStringView table;
    QStringView row;
    QStringView field;
    bool hasField = false;
};

bool parseRowKey(QStringView text, RowKeyParts *parts)
{
    const QStringView key = AsciiPattern::anchoredPart(text);
    qsizetype i = 0;
    while (i < key.size() && isWordCharacter(key.at(i))) {
        ++i;
    }
    if (i == 0 || i == key.size() || key.at(i) != u'[') {
        return false;
    }
    parts->table = key.first(i);
    const qsizetype rowStart = ++i;
    while (i < key.size() && AsciiPattern::isDigit(key.at(i))) {
        ++i;
    }
    if (i == rowStart || i == key.size() || key.at(i) != u']') {
        return false;
    }
    parts->row = key.sliced(rowStart, i - rowStart);
    ++i;
    if (i == key.size()) {
        parts->hasField = false;
        return true;
    }
    if (key.at(i) != u'.' || i + 1 == key.size()) {
        return false;
    }
    const QStringView field = key.sliced(i + 1);
    if (!std::all_of(field.cbegin(), field.cend(), isWordCharacter)) {
        return false;
    }
    parts->field = field;
    parts->hasField = true;
    return true;
}

} // namespace

QString Field::label(const QString &key)
{
    if (const char *text = sourceLabel(key)) {
        return tr(text);
    }
    RowKeyParts parts;
    if (parseRowKey(key, &parts)) {
        const QString table = parts.table.toString();
        if (parts.hasField) {
            const int row = parts.row.toInt() + 1;
            const QString field = parts.field.toString();
            //: %1 is a table such as "Personal history", %2 a row number, %3 a column label
            return tr("%1, row %2: %3").arg(label(table)).arg(row).arg(label(field));
        }
        //: %1 is a table such as "Personal history", %2 a row number
        return tr("%1, row %2").arg(label(table)).arg(parts.row.toInt() + 1);
    }

    // A nested key, "basicInfo.birthDate" or "applications[0].discipline": the labels of the
    // part before the first dot and of the rest.
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0 && dot + 1 < key.size()) {
        const QString head = key.left(dot);
        const QString rest = key.mid(dot + 1);
        if (label(head) != head) {
            //: %1 is a record or a table row, %2 a field of it
            return tr("%1: %2").arg(label(head), label(rest));
        }
    }
    return key;
}

QString Field::rowKey(const QString &table, qsizetype row, const QString &field)
{
    QString key = table + QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    if (!field.isEmpty()) {
        key += QLatin1Char('.') + field;
    }
    return key;
}

QStringList Field::knownKeys()
{
    QStringList keys;
    for (const LabelEntry &entry : s_labels) {
        keys.append(*entry.key);
    }
    return keys;
}

} // namespace dd::domain
