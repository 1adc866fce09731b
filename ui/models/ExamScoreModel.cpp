#include "models/ExamScoreModel.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/YearMonth.h"

#include <QFont>

namespace dd::ui {

using domain::Field;

namespace {

QString monthText(domain::YearMonth month)
{
    return QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
}

} // namespace

ExamScoreModel::ExamScoreModel(QObject *parent)
    : StoredRecordsModel(parent)
{}

QString ExamScoreModel::resultText(const domain::ExamScore &score)
{
    if (!score.score) {
        return tr("Not published");
    }
    return score.passed() ? tr("Pass") : tr("Fail");
}

QString ExamScoreModel::validityText(const domain::ExamScore &score,
                                     const domain::ValidationContext &context)
{
    const domain::YearMonth until = score.validUntil();
    if (!until.isValid()) {
        return {};
    }
    const domain::YearMonth now = domain::YearMonth::fromDate(context.today);
    if (now.isValid() && now > until) {
        //: %1 is the last month a pass counted, "2026-05"
        return tr("%1 (expired)").arg(monthText(until));
    }
    return monthText(until);
}

int ExamScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExamScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::Stored<domain::ExamScore> &record = m_records.at(index.row());
    const domain::ExamScore &s = record.value;
    const bool validNow = s.isValidIn(domain::YearMonth::fromDate(m_context.today));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case YearColumn:
            return s.examYear;
        case SubjectColumn:
            return s.examSubject.isEmpty() ? QString()
                                           : domain::Catalogs::instance()
                                                 .get(domain::Catalogs::ExamSubjects)
                                                 .labelOf(s.examSubject);
        case ScoreColumn:
            return s.score ? QString::number(*s.score) : QString();
        case ResultColumn:
            return resultText(s);
        case ValidUntilColumn:
            return validityText(s, m_context);
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == ResultColumn && s.passed() && validNow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case UuidRole:
        return record.meta.uuid;
    case ValidNowRole:
        return validNow;
    default:
        return {};
    }
}

QVariant ExamScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case YearColumn:
        return Field::label(Field::ExamYear);
    case SubjectColumn:
        return Field::label(Field::ExamSubject);
    case ScoreColumn:
        return Field::label(Field::Score);
    case ResultColumn:
        return tr("Result");
    case ValidUntilColumn:
        return tr("Counts until");
    default:
        return {};
    }
}

} // namespace dd::ui
