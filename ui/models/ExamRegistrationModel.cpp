#include "models/ExamRegistrationModel.h"

#include "domain/Catalogs.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"

#include <QApplication>
#include <QStyle>

namespace dd::ui {

using domain::Field;

ExamRegistrationModel::ExamRegistrationModel(QObject *parent)
    : StoredRecordsModel(parent)
{}

int ExamRegistrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExamRegistrationModel::display(const domain::ExamRegistration &r, int column) const
{
    const domain::Catalog &subjects =
        domain::Catalogs::instance().get(domain::Catalogs::ExamSubjects);
    switch (column) {
    case YearColumn:
        return r.examYear;
    case SubjectColumn:
        return r.examSubject.isEmpty() ? QString() : subjects.labelOf(r.examSubject);
    case LanguageColumn:
        return r.examLanguage.isEmpty() ? QString() : subjects.labelOf(r.examLanguage);
    case TicketColumn:
        return r.ticketNumber;
    case StateColumn: {
        const auto state = domain::ExamRegistrationStateMachine::stateFromCode(r.state);
        const QString label =
            state ? domain::ExamRegistrationStateMachine::stateLabel(*state) : r.state;
        //: %1 is the state of a registration such as "Not registered"
        return r.isExempt() ? tr("%1, exempt").arg(label) : label;
    }
    default:
        return {};
    }
}

QVariant ExamRegistrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::Stored<domain::ExamRegistration> &record = m_records.at(index.row());
    const domain::ExamRegistration &r = record.value;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
    case Qt::DecorationRole:
        if (index.column() == YearColumn) {
            const domain::Findings errors =
                domain::errorsOnly(domain::ExamValidator::validate(r, m_context));
            if (errors.isEmpty()) {
                return {};
            }
            if (role == Qt::DecorationRole) {
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            }
            QStringList messages;
            for (const domain::Finding &finding : errors) {
                messages.append(finding.message);
            }
            return messages.join(u'\n');
        }
        if (role == Qt::ToolTipRole && index.column() == StateColumn && r.isExempt()) {
            return r.exemptReason;
        }
        return {};
    case UuidRole:
        return record.meta.uuid;
    case StateCodeRole:
        return r.state;
    case ErrorCountRole:
        return int(domain::errorsOnly(domain::ExamValidator::validate(r, m_context)).size());
    default:
        return {};
    }
}

QVariant ExamRegistrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case YearColumn:
        return Field::label(Field::ExamYear);
    case SubjectColumn:
        return Field::label(Field::ExamSubject);
    case LanguageColumn:
        return Field::label(Field::ExamLanguage);
    case TicketColumn:
        return Field::label(Field::TicketNumber);
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace dd::ui
