#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QCheckBox;
class QFormLayout;
class QUndoStack;

namespace dd::ui {

class CatalogComboBox;
class RecordForm;

// The dependent parts of the degree application form, bound to its RecordForm:
// - 学位授予单位所在省市地区 → 学位授予单位: the institutions of the chosen province;
// - 申请学位类型 → 学科门类 → 学科名称: only what app/domain's OpenDisciplines offers (the
//   disciplines DegreeApplicationValidator accepts for the type and 门类, open to 同等学力);
// - 学号, 班级, 院系: shown only for an applicant already studying at the institution (a check
//   box; unchecking it clears them, as one undoable step).
// A choice that no longer fits after its parent changed is kept in its list, marked, so that the
// validator's message under it explains why (it is not silently dropped). A change of the degree
// type can be refused by a guard (the state machine's DegreeTypeLockedRule): the type goes back
// and typeChangeRefused() gives the reason.
class DependentChoices : public QObject
{
    Q_OBJECT

public:
    // The reason why the degree type may not change from `from` to `to`; empty: it may.
    using TypeGuard = std::function<QString(const QString &from, const QString &to)>;

    DependentChoices(RecordForm *form, QUndoStack *undoStack, QObject *parent = nullptr);

    void setTypeGuard(TypeGuard guard) { m_guard = std::move(guard); }
    // The check box and the form layout of the rows of 学号, 班级, 院系.
    void setStudentRows(QCheckBox *toggle, QFormLayout *layout);

    // Fills the dependent lists for `record` and selects its choices: call it before
    // RecordForm::load(record).
    void prepare(const QJsonObject &record);

signals:
    void typeChangeRefused(const QString &reason);

private:
    CatalogComboBox *combo(const QString &key) const;
    void onProvinceChanged();
    void onTypeChanged();
    void onCategoryChanged();
    void keep(CatalogComboBox *combo, const QString &code) const;
    void fillInstitutions(const QString &keep);
    void fillCategories(const QString &keep);
    void fillDisciplines(const QString &keep);
    void onEdited(const QString &key);
    void onStudentToggled(bool checked);
    void showStudentRows(bool shown);
    bool hasStudentValues() const;

    RecordForm *m_form;
    QUndoStack *m_undo;
    TypeGuard m_guard;
    QString m_type; // the degree type last accepted
    QCheckBox *m_toggle = nullptr;
    QFormLayout *m_layout = nullptr;
};

} // namespace dd::ui
