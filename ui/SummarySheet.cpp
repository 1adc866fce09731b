#include "SummarySheet.h"

#include "SummaryFields.h"
#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/Field.h"
#include "domain/Progress.h"
#include "domain/RecordValidator.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <type_traits>

namespace dd::ui {

using domain::Catalogs;
using domain::Field;
using domain::Finding;
using domain::Findings;
using domain::Progress;
using Step = domain::Progress::Step;

namespace {

QString sectionKeyOf(Step step)
{
    switch (step) {
    case Step::Registration:
        return Field::RegistrationRecord;
    case Step::Photo:
        return domain::Photo::kind();
    case Step::BasicInfo:
        return Field::BasicInfoRecord;
    case Step::DegreeApplication:
        return Field::Applications;
    case Step::DefenseRequest:
        return Field::DefenseRequestRecord;
    case Step::Thesis:
        return Field::ThesisRecord;
    case Step::ResidencyCertificate:
        return Field::ResidencyCertificateRecord;
    case Step::ExamRegistration:
        return Field::ExamRegistrations;
    case Step::ExamScores:
        return Field::ExamScores;
    }
    return {};
}

// Whether Progress names the fields of a step without the record's prefix ("idNumber"): the
// steps of a single record do, those of a list already name the row ("applications[0].year").
bool isSingleRecordStep(Step step)
{
    return step != Step::DegreeApplication && step != Step::ExamRegistration
           && step != Step::ExamScores;
}

Findings prefixed(const QString &prefix, Findings findings)
{
    for (Finding &finding : findings) {
        finding.field = prefix + QLatin1Char('.') + finding.field;
    }
    return findings;
}

QString photoDescription(const QByteArray &jpeg)
{
    if (jpeg.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.setData(jpeg);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const QString kilobytes = QString::number((jpeg.size() + 1023) / 1024);
    if (!size.isValid()) {
        //: %1 is a size in KB
        return SummarySheet::tr("Saved (%1 KB), but it cannot be read as an image").arg(kilobytes);
    }
    //: %1 × %2 are pixels, %3 a size in KB
    return SummarySheet::tr("JPEG, %1 × %2 px, %3 KB")
        .arg(size.width())
        .arg(size.height())
        .arg(kilobytes);
}

} // namespace

QString SummarySheet::Row::shownValue() const
{
    if (secret && !value.isEmpty()) {
        return QString(8, QChar(0x2022)); // ••••••••
    }
    return value;
}

SummarySheet SummarySheet::build(const domain::Dossier &dossier,
                                 const domain::ValidationContext &context,
                                 const QString &fallbackName, const QLocale &locale)
{
    SummarySheet sheet;
    sheet.m_date = context.today;

    const QList<Progress::StepStatus> progress = Progress::evaluate(dossier, context);
    auto statusOf = [&progress](Step step) {
        for (const Progress::StepStatus &status : progress) {
            if (status.step == step) {
                return status;
            }
        }
        Progress::StepStatus none;
        none.step = step;
        return none;
    };

    auto makeRow = [&locale](const QString &prefix, const SummaryFields::Spec &spec,
                             const QJsonObject &json) {
        Row row;
        row.key = prefix + QLatin1Char('.') + spec.key;
        row.label = Field::label(spec.key);
        const QJsonValue stored = json.value(spec.key);
        const QString text = stored.toString();
        switch (spec.shown) {
        case SummaryFields::Shown::Text:
            row.value = text;
            row.copyText = text;
            break;
        case SummaryFields::Shown::Secret:
            row.value = text;
            row.copyText = text;
            row.secret = true;
            break;
        case SummaryFields::Shown::Option:
            row.value = text.isEmpty()
                            ? QString()
                            : Catalogs::instance().get(spec.catalog).labelOf(text, locale);
            row.copyText = row.value;
            break;
        case SummaryFields::Shown::YesNo:
            row.value = stored.toBool() ? tr("Yes") : tr("No");
            break;
        case SummaryFields::Shown::AppState: {
            const auto state = domain::ApplicationStateMachine::stateFromCode(text);
            row.value = state ? domain::ApplicationStateMachine::stateLabel(*state) : text;
            break;
        }
        case SummaryFields::Shown::ExamState: {
            // Field::State is the application's; an exam registration's is its own.
            row.label = tr("Registration state");
            const auto state = domain::ExamRegistrationStateMachine::stateFromCode(text);
            row.value = state ? domain::ExamRegistrationStateMachine::stateLabel(*state) : text;
            break;
        }
        }
        return row;
    };
    auto formRows = [&makeRow](const QString &prefix, const QList<SummaryFields::Spec> &fields,
                               const QJsonObject &json) {
        QList<Row> rows;
        for (const SummaryFields::Spec &spec : fields) {
            rows.append(makeRow(prefix, spec, json));
        }
        return rows;
    };
    auto tableRows = [&makeRow](const QString &prefix, const QString &table, int index,
                                const QList<SummaryFields::Spec> &fields, const QJsonObject &json) {
        QList<Row> rows;
        const QString rowPrefix = prefix.isEmpty()
                                      ? Field::rowKey(table, index, {})
                                      : prefix + QLatin1Char('.') + Field::rowKey(table, index, {});
        for (const SummaryFields::Spec &spec : fields) {
            Row row = makeRow(rowPrefix, spec, json);
            row.table = table;
            row.tableRow = index;
            rows.append(row);
        }
        return rows;
    };

    // The real records go to RecordValidator's check of the whole applicant, which also
    // compares them with one another; a record not started is shown as the empty form,
    // judged on its own.
    QJsonObject applicant;
    Findings findings;
    auto single = [&](const auto &record, Step step, const QList<SummaryFields::Spec> &fields) {
        using Record = std::decay_t<decltype(*record)>;
        const QString key = sectionKeyOf(step);
        const QJsonObject json = record ? record->toJson() : Record{}.toJson();
        if (record) {
            applicant.insert(key, json);
        } else {
            findings +=
                prefixed(key, domain::RecordValidator::validate(Record::kind(), json, context));
        }
        Section section;
        section.key = key;
        section.title = Progress::stepLabel(step);
        section.status = Progress::stateLabel(statusOf(step).state);
        section.started = record.has_value();
        section.rows = formRows(key, fields, json);
        return section;
    };

    // 注册
    sheet.m_sections.append(
        single(dossier.registration, Step::Registration, SummaryFields::registration()));

    // 上传电子照片
    {
        Section section;
        section.key = sectionKeyOf(Step::Photo);
        section.title = Progress::stepLabel(Step::Photo);
        section.status = Progress::stateLabel(statusOf(Step::Photo).state);
        section.started = dossier.photo.has_value();
        Row row;
        row.key = section.key + QLatin1Char('.') + domain::Photo::JpegKey;
        row.label = Field::label(domain::Photo::JpegKey);
        if (dossier.photo) {
            sheet.m_photoJpeg = dossier.photo->jpeg;
            row.value = photoDescription(dossier.photo->jpeg);
        }
        section.rows.append(row);
        sheet.m_sections.append(section);
    }

    // 填写基本信息, with 个人经历
    {
        Section section = single(dossier.basicInfo, Step::BasicInfo, SummaryFields::basicInfo());
        const QList<domain::ResumeEntry> resume =
            dossier.basicInfo ? dossier.basicInfo->resume : QList<domain::ResumeEntry>{};
        for (int i = 0; i < resume.size(); ++i) {
            QList<Row> rows = tableRows(section.key, Field::Resume, i, SummaryFields::resume(),
                                        resume.at(i).toJson());
            if (resume.at(i).isOngoing()) {
                Row &end = rows[1];
                end.value = tr("Up to now");
                end.copyText.clear();
            }
            section.rows += rows;
        }
        sheet.m_sections.append(section);
    }

    // 提交学位申请: each application; an empty form when there is none yet
    const QString applicationsKey = sectionKeyOf(Step::DegreeApplication);
    QJsonArray applications;
    const qsizetype applicationCount = dossier.applications.size();
    for (qsizetype i = 0; i < std::max<qsizetype>(applicationCount, 1); ++i) {
        const bool started = i < applicationCount;
        const domain::DegreeApplication application =
            started ? dossier.applications.at(i) : domain::DegreeApplication{};
        const QJsonObject json = application.toJson();
        Section section;
        section.key = Field::rowKey(applicationsKey, i, {});
        section.title = Progress::stepLabel(Step::DegreeApplication);
        if (applicationCount > 1) {
            //: %1 is "Submit degree application", %2 and %3 numbers: "(1 of 2)"
            section.title = tr("%1 (%2 of %3)").arg(section.title).arg(i + 1).arg(applicationCount);
        }
        section.started = started;
        if (started) {
            applications.append(json);
            const auto state = domain::ApplicationStateMachine::stateFromCode(application.state);
            section.status =
                state ? domain::ApplicationStateMachine::stateLabel(*state) : application.state;
        } else {
            findings +=
                prefixed(section.key, domain::RecordValidator::validate(
                                          domain::DegreeApplication::kind(), json, context));
            section.status = Progress::stateLabel(Progress::State::NotStarted);
        }
        section.rows = formRows(section.key, SummaryFields::application(), json);
        sheet.m_sections.append(section);
    }
    applicant.insert(applicationsKey, applications);

    // 全国统考: the registrations, one row of a table each
    {
        Section section;
        section.key = sectionKeyOf(Step::ExamRegistration);
        section.title = Progress::stepLabel(Step::ExamRegistration);
        section.status = Progress::stateLabel(statusOf(Step::ExamRegistration).state);
        section.started = !dossier.examRegistrations.isEmpty();
        const bool anyExempt =
            std::any_of(dossier.examRegistrations.cbegin(), dossier.examRegistrations.cend(),
                        [](const auto &r) { return r.isExempt(); });
        QJsonArray rows;
        for (int i = 0; i < dossier.examRegistrations.size(); ++i) {
            const QJsonObject json = dossier.examRegistrations.at(i).toJson();
            rows.append(json);
            section.rows +=
                tableRows({}, section.key, i, SummaryFields::examRegistration(anyExempt), json);
        }
        applicant.insert(section.key, rows);
        sheet.m_sections.append(section);
    }

    // 成绩查询: the scores, with the result app/domain computes
    {
        Section section;
        section.key = sectionKeyOf(Step::ExamScores);
        section.title = Progress::stepLabel(Step::ExamScores);
        section.status = Progress::stateLabel(statusOf(Step::ExamScores).state);
        section.started = !dossier.examScores.isEmpty();
        const QList<SummaryFields::Spec> fields = SummaryFields::examScore();
        QJsonArray rows;
        for (int i = 0; i < dossier.examScores.size(); ++i) {
            const domain::ExamScore &score = dossier.examScores.at(i);
            const QJsonObject json = score.toJson();
            rows.append(json);
            QList<Row> cells = tableRows({}, section.key, i, fields, json);
            for (Row &cell : cells) {
                cell.copyText.clear(); // a result is looked up, never typed in
            }
            Row points;
            points.key = Field::rowKey(section.key, i, Field::Score);
            points.label = Field::label(Field::Score);
            points.value = score.score ? QString::number(*score.score) : QString();
            Row result;
            result.key = Field::rowKey(section.key, i, QStringLiteral("result"));
            result.label = tr("Result");
            if (!score.score) {
                result.value = tr("Not published yet");
            } else if (score.passed()) {
                //: %1 is the last month the pass counts, "YYYYMM"
                result.value = tr("Passed, valid until %1").arg(score.validUntil().toString());
            } else {
                //: %1 is the pass mark
                result.value = tr("Not passed (%1 needed)").arg(domain::ExamScore::PassMark);
            }
            for (Row *cell : {&points, &result}) {
                cell->table = section.key;
                cell->tableRow = i;
            }
            section.rows += cells;
            section.rows += {points, result};
        }
        applicant.insert(section.key, rows);
        sheet.m_sections.append(section);
    }

    // 申请论文答辩资格, 填报论文信息
    sheet.m_sections.append(
        single(dossier.defenseRequest, Step::DefenseRequest, SummaryFields::defenseRequest()));
    sheet.m_sections.append(single(dossier.thesis, Step::Thesis, SummaryFields::thesis()));

    // 填写规培、医师证书信息: where there are certificates or the discipline needs them
    if (dossier.residencyCertificate || statusOf(Step::ResidencyCertificate).required) {
        sheet.m_sections.append(single(dossier.residencyCertificate, Step::ResidencyCertificate,
                                       SummaryFields::residency()));
    }

    findings += domain::RecordValidator::validate(QStringLiteral("applicant"), applicant, context);
    for (const Progress::StepStatus &status : progress) {
        const QString key = sectionKeyOf(status.step);
        for (Finding finding : status.missing) {
            if (finding.rule == Progress::MissingRule) {
                // No photo is the photo row's gap; another step not started is its section's.
                finding.field = status.step == Step::Photo
                                    ? key + QLatin1Char('.') + domain::Photo::JpegKey
                                    : key;
            } else if (isSingleRecordStep(status.step)) {
                finding.field = key + QLatin1Char('.') + finding.field;
            }
            findings.append(finding);
        }
    }
    sheet.attach(findings);

    if (dossier.registration && !dossier.registration->name.isEmpty()) {
        sheet.m_name = dossier.registration->name;
    } else if (dossier.basicInfo && !dossier.basicInfo->name.isEmpty()) {
        sheet.m_name = dossier.basicInfo->name;
    } else {
        sheet.m_name = fallbackName;
    }
    if (dossier.registration && !dossier.registration->idNumber.isEmpty()) {
        sheet.m_idNumber = dossier.registration->idNumber;
    } else if (dossier.basicInfo) {
        sheet.m_idNumber = dossier.basicInfo->idNumber;
    }
    return sheet;
}

void SummarySheet::attach(const Findings &all)
{
    Findings findings;
    for (const Finding &finding : all) {
        if (finding.severity != domain::Severity::Info) {
            findings.append(finding);
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });

    QSet<QString> seen;
    for (const Finding &finding : std::as_const(findings)) {
        const QString id = finding.field + QLatin1Char('\n') + finding.rule;
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);

        Row *target = nullptr;
        for (Section &section : m_sections) {
            for (Row &row : section.rows) {
                if (row.key == finding.field) {
                    target = &row;
                }
            }
        }
        if (target) {
            target->messages.append(finding.message);
            target->mark = std::max(target->mark, markOf(finding, target->value.isEmpty()));
            continue;
        }

        // The section the key lies in (the longest match), or for a key of a whole list
        // ("applications") the first section of that list.
        Section *owner = nullptr;
        for (Section &section : m_sections) {
            const QString &key = section.key;
            const bool inside = finding.field == key
                                || finding.field.startsWith(key + QLatin1Char('.'))
                                || finding.field.startsWith(key + QLatin1Char('['));
            if (inside && (!owner || key.size() > owner->key.size())) {
                owner = &section;
            }
        }
        if (!owner) {
            for (Section &section : m_sections) {
                if (section.key.startsWith(finding.field + QLatin1Char('['))) {
                    owner = &section;
                    break;
                }
            }
        }
        if (owner) {
            owner->notes.append(finding);
        } else {
            m_otherNotes.append(finding);
        }
    }

    for (Section &section : m_sections) {
        for (const Row &row : std::as_const(section.rows)) {
            section.mark = std::max(section.mark, row.mark);
        }
        for (const Finding &note : std::as_const(section.notes)) {
            section.mark = std::max(section.mark, markOf(note, note.rule == Progress::MissingRule));
        }
    }
}

SummarySheet::Mark SummarySheet::markOf(const Finding &finding, bool valueEmpty)
{
    switch (finding.severity) {
    case domain::Severity::Error:
        return valueEmpty ? Mark::Missing : Mark::Error;
    case domain::Severity::Warning:
        return Mark::Warning;
    case domain::Severity::Info:
        break;
    }
    return Mark::None;
}

const SummarySheet::Section *SummarySheet::section(const QString &key) const
{
    for (const Section &section : m_sections) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

const SummarySheet::Row *SummarySheet::row(const QString &key) const
{
    for (const Section &section : m_sections) {
        for (const Row &row : section.rows) {
            if (row.key == key) {
                return &row;
            }
        }
    }
    return nullptr;
}

QList<const SummarySheet::Row *> SummarySheet::rows() const
{
    QList<const Row *> rows;
    for (const Section &section : m_sections) {
        for (const Row &row : section.rows) {
            rows.append(&row);
        }
    }
    return rows;
}

int SummarySheet::count(Mark mark) const
{
    int n = 0;
    for (const Section &section : m_sections) {
        n += int(std::count_if(section.rows.cbegin(), section.rows.cend(),
                               [mark](const Row &row) { return row.mark == mark; }));
        n += int(std::count_if(section.notes.cbegin(), section.notes.cend(),
                               [mark](const Finding &note) {
                                   return markOf(note, note.rule == Progress::MissingRule) == mark;
                               }));
    }
    n += int(std::count_if(m_otherNotes.cbegin(), m_otherNotes.cend(),
                           [mark](const Finding &note) { return markOf(note, false) == mark; }));
    return n;
}

QString SummarySheet::readiness() const
{
    QStringList parts;
    if (const int missing = count(Mark::Missing)) {
        //: how many fields are not filled in
        parts.append(tr("%1 missing").arg(missing));
    }
    if (const int errors = count(Mark::Error)) {
        //: how many values break a rule
        parts.append(tr("%1 to correct").arg(errors));
    }
    if (const int warnings = count(Mark::Warning)) {
        //: how many values are accepted but probably a mistake
        parts.append(tr("%1 to check").arg(warnings));
    }
    if (parts.isEmpty()) {
        return tr("Ready: every field is filled in and passes the checks.");
    }
    const QString list = parts.join(tr(", "));
    //: %1 is a list such as "3 missing, 1 to correct"
    return isReady() ? tr("Ready, but look again: %1.").arg(list) : tr("Not ready: %1.").arg(list);
}

QString SummarySheet::markLabel(Mark mark)
{
    switch (mark) {
    case Mark::Missing:
        return tr("Missing");
    case Mark::Error:
        return tr("To correct");
    case Mark::Warning:
        return tr("Check");
    case Mark::None:
        break;
    }
    return {};
}

} // namespace dd::ui
