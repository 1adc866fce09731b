#pragma once

#include <QComboBox>
#include <QString>

namespace dd::ui {

// A drop-down of one option catalog of app/domain (resources/catalogs): the label in the
// user's language shown, the code kept as the item's data (what the record stores). An empty
// first item stands for "not chosen yet". Optionally only the children of one parent code
// (institutions of a province, disciplines of a 门类), or the options whose attribute has a
// value. Typing filters the list (long lists: 56 ethnic groups, 200 countries).
class CatalogComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString catalog READ catalog WRITE setCatalog)

public:
    explicit CatalogComboBox(QWidget *parent = nullptr);

    QString catalog() const { return m_catalog; }
    void setCatalog(const QString &name);
    // Only the options under `parentCode` (empty: all of them).
    void setParentCode(const QString &parentCode);
    // Only the options whose attribute `name` equals `value` (empty name: no filter).
    void setAttributeFilter(const QString &name, const QString &value);

    QString code() const;
    // Selects the option with `code`; false (and nothing selected) when the list has none.
    bool setCode(const QString &code);

private:
    void reload();

    QString m_catalog;
    QString m_parent;
    QString m_attribute;
    QString m_attributeValue;
};

} // namespace dd::ui
