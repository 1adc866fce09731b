#include "widgets/DependentChoices.h"

#include "RecordForm.h"
#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/OpenDisciplines.h"
#include "widgets/CatalogComboBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QStyle>
#include <QUndoStack>

namespace dd::ui {

namespace {

using domain::Field;

const QString s_provinceAttribute = QStringLiteral("province");

const QStringList &studentKeys()
{
    static const QStringList keys{Field::StudentNumber, Field::ClassName, Field::Department};
    return keys;
}

// Leaves in the list only the empty item, the `allowed` codes and `kept`.
void restrict(CatalogComboBox *combo, const QStringList &allowed, const QString &kept)
{
    const QSignalBlocker blocker(combo);
    for (int i = combo->count() - 1; i >= 1; --i) {
        const QString code = combo->itemData(i).toString();
        if (!allowed.contains(code) && code != kept) {
            combo->removeItem(i);
        }
    }
}

} // namespace

DependentChoices::DependentChoices(RecordForm *form, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_undo(undoStack)
{
    if (CatalogComboBox *province = combo(Field::InstitutionProvince)) {
        connect(province, &QComboBox::currentIndexChanged, this,
                &DependentChoices::onProvinceChanged);
    }
    if (CatalogComboBox *type = combo(Field::DegreeType)) {
        connect(type, &QComboBox::currentIndexChanged, this, &DependentChoices::onTypeChanged);
    }
    if (CatalogComboBox *category = combo(Field::DisciplineCategory)) {
        connect(category, &QComboBox::currentIndexChanged, this,
                &DependentChoices::onCategoryChanged);
    }
    connect(m_form, &RecordForm::edited, this, &DependentChoices::onEdited);
}

CatalogComboBox *DependentChoices::combo(const QString &key) const
{
    return qobject_cast<CatalogComboBox *>(m_form->editor(key));
}

void DependentChoices::setStudentRows(QCheckBox *toggle, QFormLayout *layout)
{
    m_toggle = toggle;
    m_layout = layout;
    connect(m_toggle, &QCheckBox::clicked, this, &DependentChoices::onStudentToggled);
}

void DependentChoices::prepare(const QJsonObject &record)
{
    CatalogComboBox *province = combo(Field::InstitutionProvince);
    CatalogComboBox *type = combo(Field::DegreeType);
    CatalogComboBox *category = combo(Field::DisciplineCategory);
    if (!province || !type || !category) {
        return;
    }
    const QSignalBlocker provinceBlocker(province);
    const QSignalBlocker typeBlocker(type);
    const QSignalBlocker categoryBlocker(category);
    keep(province, record.value(Field::InstitutionProvince).toString());
    fillInstitutions(record.value(Field::Institution).toString());
    m_type = record.value(Field::DegreeType).toString();
    keep(type, m_type);
    fillCategories(record.value(Field::DisciplineCategory).toString());
    fillDisciplines(record.value(Field::Discipline).toString());

    if (m_toggle) {
        bool studying = false;
        for (const QString &key : studentKeys()) {
            studying = studying || !record.value(key).toString().trimmed().isEmpty();
        }
        const QSignalBlocker toggleBlocker(m_toggle);
        m_toggle->setChecked(studying);
        showStudentRows(studying);
    }
}

// Selects `code` in the list, adding it (marked) when the list does not offer it: a choice that
// no longer fits stays visible, and the validator explains it.
void DependentChoices::keep(CatalogComboBox *box, const QString &code) const
{
    const QSignalBlocker blocker(box);
    if (!code.isEmpty() && box->findData(code) < 0) {
        const QString label = domain::Catalogs::instance().get(box->catalog()).labelOf(code);
        box->addItem(box->style()->standardIcon(QStyle::SP_MessageBoxWarning), label, code);
    }
    box->setCode(code);
}

void DependentChoices::fillInstitutions(const QString &kept)
{
    CatalogComboBox *province = combo(Field::InstitutionProvince);
    CatalogComboBox *institution = combo(Field::Institution);
    if (!province || !institution) {
        return;
    }
    institution->setAttributeFilter(s_provinceAttribute, province->code());
    keep(institution, kept);
}

void DependentChoices::fillCategories(const QString &kept)
{
    CatalogComboBox *category = combo(Field::DisciplineCategory);
    if (!category) {
        return;
    }
    category->setAttributeFilter({}, {}); // every 门类, then only those offered
    restrict(category, domain::OpenDisciplines::categories(m_type), kept);
    keep(category, kept);
}

void DependentChoices::fillDisciplines(const QString &kept)
{
    CatalogComboBox *category = combo(Field::DisciplineCategory);
    CatalogComboBox *discipline = combo(Field::Discipline);
    if (!category || !discipline) {
        return;
    }
    discipline->setParentCode(category->code());
    discipline->setAttributeFilter({}, {});
    restrict(discipline, domain::OpenDisciplines::disciplines(m_type, category->code()), kept);
    keep(discipline, kept);
}

void DependentChoices::onProvinceChanged()
{
    if (CatalogComboBox *institution = combo(Field::Institution)) {
        fillInstitutions(institution->code());
    }
}

void DependentChoices::onTypeChanged()
{
    CatalogComboBox *type = combo(Field::DegreeType);
    const QString to = type->code();
    if (to == m_type) {
        return;
    }
    if (m_guard) {
        const QString reason = m_guard(m_type, to);
        if (!reason.isEmpty()) {
            keep(type, m_type);
            emit typeChangeRefused(reason);
            return;
        }
    }
    m_type = to;
    fillCategories(combo(Field::DisciplineCategory)->code());
    fillDisciplines(combo(Field::Discipline)->code());
}

void DependentChoices::onCategoryChanged()
{
    if (CatalogComboBox *discipline = combo(Field::Discipline)) {
        fillDisciplines(discipline->code());
    }
}

void DependentChoices::onEdited(const QString &key)
{
    // A changed parent: the choices under it show at once whether they still fit.
    QStringList children;
    if (key == Field::InstitutionProvince) {
        children = {Field::Institution};
    } else if (key == Field::DegreeType) {
        children = {Field::DisciplineCategory, Field::Discipline};
    } else if (key == Field::DisciplineCategory) {
        children = {Field::Discipline};
    }
    for (const QString &child : std::as_const(children)) {
        if (CatalogComboBox *box = combo(child); box && !box->code().isEmpty()) {
            m_form->setValue(child, box->code());
        }
    }
    // Undo may bring student data back: show it.
    if (m_toggle && studentKeys().contains(key) && hasStudentValues() && !m_toggle->isChecked()) {
        m_toggle->setChecked(true);
        showStudentRows(true);
    }
}

bool DependentChoices::hasStudentValues() const
{
    const QJsonObject record = m_form->record();
    for (const QString &key : studentKeys()) {
        if (!record.value(key).toString().trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

void DependentChoices::onStudentToggled(bool checked)
{
    if (checked) {
        showStudentRows(true);
        m_form->focusField(Field::StudentNumber);
        return;
    }
    if (hasStudentValues()) {
        m_undo->beginMacro(tr("Not studying at the awarding institution"));
        for (const QString &key : studentKeys()) {
            m_form->setValue(key, QString());
        }
        m_undo->endMacro();
    }
    showStudentRows(false);
}

void DependentChoices::showStudentRows(bool shown)
{
    if (!m_layout) {
        return;
    }
    for (const QString &key : studentKeys()) {
        QWidget *editor = m_form->editor(key);
        for (int row = 0; editor && row < m_layout->rowCount(); ++row) {
            QLayoutItem *item = m_layout->itemAt(row, QFormLayout::FieldRole);
            QWidget *field = item ? item->widget() : nullptr;
            if (field && (field == editor || field->isAncestorOf(editor))) {
                m_layout->setRowVisible(row, shown);
                break;
            }
        }
    }
}

} // namespace dd::ui
