#include "widgets/CatalogComboBox.h"

#include "domain/Catalogs.h"

#include <QCompleter>
#include <QLocale>

namespace dd::ui {

CatalogComboBox::CatalogComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setMaxVisibleItems(20);
}

void CatalogComboBox::setCatalog(const QString &name)
{
    m_catalog = name;
    reload();
}

void CatalogComboBox::setParentCode(const QString &parentCode)
{
    if (parentCode == m_parent) {
        return;
    }
    m_parent = parentCode;
    reload();
}

void CatalogComboBox::setAttributeFilter(const QString &name, const QString &value)
{
    m_attribute = name;
    m_attributeValue = value;
    reload();
}

QString CatalogComboBox::code() const
{
    return currentData().toString();
}

bool CatalogComboBox::setCode(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index);
    return index >= 0;
}

void CatalogComboBox::reload()
{
    const QString selected = code();
    const QSignalBlocker blocker(this);
    clear();
    addItem(QString(), QString());
    const domain::Catalog &catalog = domain::Catalogs::instance().get(m_catalog);
    const QList<domain::CatalogOption> options =
        m_parent.isEmpty() ? catalog.options() : catalog.children(m_parent);
    const QLocale locale;
    for (const domain::CatalogOption &option : options) {
        if (!m_attribute.isEmpty() && option.attribute(m_attribute) != m_attributeValue) {
            continue;
        }
        addItem(option.label(locale), option.code);
    }
    setCode(selected);
}

} // namespace dd::ui
