#include "sync/ConflictModel.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/FieldCheck.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dd::sync {

using domain::Field;
using store::Conflict;
using store::Result;
using store::StoreError;

namespace {

// The keys in the portal's order (Field's table), then any others alphabetically.
QStringList orderedKeys(const QJsonObject &a, const QJsonObject &b)
{
    QSet<QString> present;
    for (const QJsonObject *side : {&a, &b}) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it) {
            present.insert(it.key());
        }
    }
    QStringList keys;
    if (present.contains(Conflict::LabelKey)) {
        keys.append(Conflict::LabelKey);
    }
    const QStringList known = Field::knownKeys();
    for (const QString &key : known) {
        if (present.contains(key) && !keys.contains(key)) {
            keys.append(key);
        }
    }
    QStringList rest;
    for (const QString &key : std::as_const(present)) {
        if (!keys.contains(key)) {
            rest.append(key);
        }
    }
    std::sort(rest.begin(), rest.end());
    return keys + rest;
}

QJsonValue valueOf(const QJsonObject &object, const QString &key)
{
    return object.contains(key) ? object.value(key) : QJsonValue(QJsonValue::Undefined);
}

// The catalog whose codes a field holds, or empty.
QString catalogOf(const QString &key)
{
    for (const domain::FieldCheck::Kind &kind : domain::FieldCheck::kinds()) {
        if (kind.field == key && !kind.catalog.isEmpty()) {
            return kind.catalog;
        }
    }
    return {};
}

} // namespace

ConflictModel::ConflictModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

Result<void> ConflictModel::load(const QUuid &uuid)
{
    beginResetModel();
    auto filled = fill(uuid);
    endResetModel();
    return filled;
}

Result<void> ConflictModel::fill(QUuid uuid)
{
    m_rows.clear();
    m_conflict = Conflict();
    m_loaded = false;
    auto found = m_store.conflict(uuid);
    if (!found) {
        return found.error();
    }
    m_conflict = *found;
    m_loaded = true;
    const QJsonObject mine = m_conflict.mineDeleted ? QJsonObject() : m_conflict.mine;
    const QJsonObject theirs = m_conflict.theirsDeleted ? QJsonObject() : m_conflict.theirs;
    const Choice start = m_conflict.mineDeleted ? Choice::Theirs : Choice::Mine;
    for (const QString &key : orderedKeys(mine, theirs)) {
        m_rows.append(Row{key, valueOf(mine, key), valueOf(theirs, key), start, {}});
    }
    return {};
}

void ConflictModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_conflict = Conflict();
    m_loaded = false;
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::label(const QString &key) const
{
    if (m_conflict.entity == store::OutboxEntry::Entity::Applicant && key == Conflict::LabelKey) {
        return tr("Applicant name");
    }
    return Field::label(key);
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool rowDiffers = differs(index.row());
    const QJsonValue value = column == MineColumn     ? row.mine
                             : column == TheirsColumn ? row.theirs
                             : column == MergedColumn ? merged(index.row())
                                                      : QJsonValue();
    const bool sideDeleted = (column == MineColumn && m_conflict.mineDeleted)
                             || (column == TheirsColumn && m_conflict.theirsDeleted);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (column == FieldColumn) {
            if (role == Qt::ToolTipRole && !rowDiffers) {
                return tr("%1: the same on both sides").arg(label(row.key));
            }
            return label(row.key);
        }
        if (sideDeleted) {
            return tr("(deleted)");
        }
        if (value.isUndefined() || value.isNull()) {
            return role == Qt::DisplayRole ? QStringLiteral("—") : QString();
        }
        return displayText(row.key, value);
    }
    case Qt::EditRole:
        if (column == MergedColumn) {
            return value.toVariant();
        }
        return {};
    case Qt::CheckStateRole:
        if ((column == MineColumn || column == TheirsColumn) && rowDiffers) {
            const Choice side = column == MineColumn ? Choice::Mine : Choice::Theirs;
            if (!canTake(side)) {
                return {};
            }
            return row.choice == side ? Qt::Checked : Qt::Unchecked;
        }
        if (column == MergedColumn && value.isBool()) {
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == FieldColumn && !rowDiffers) {
            return tr("the same on both sides");
        }
        return {};
    case KeyRole:
        return row.key;
    case DiffersRole:
        return rowDiffers;
    case ChoiceRole:
        return static_cast<int>(row.choice);
    case JsonRole:
        return QVariant::fromValue(value);
    default:
        return {};
    }
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == MineColumn || column == TheirsColumn)) {
        // Choosing a side; unticking the chosen one does nothing (one side is always chosen).
        if (value.value<Qt::CheckState>() != Qt::Checked) {
            return false;
        }
        return setChoice(row, column == MineColumn ? Choice::Mine : Choice::Theirs);
    }
    if (column != MergedColumn) {
        return false;
    }
    const QJsonValue current = merged(row);
    if (role == Qt::CheckStateRole && current.isBool()) {
        return setMerged(row, QJsonValue(value.value<Qt::CheckState>() == Qt::Checked));
    }
    if (role != Qt::EditRole) {
        return false;
    }
    const Row &r = m_rows.at(row);
    if (r.mine.isString() || r.theirs.isString()) {
        return setMerged(row, QJsonValue(value.toString()));
    }
    if (r.mine.isDouble() || r.theirs.isDouble()) {
        bool ok = false;
        const double number = QLocale().toDouble(value.toString(), &ok);
        const double plain = ok ? number : value.toString().toDouble(&ok);
        return ok && setMerged(row, QJsonValue(plain));
    }
    return false;
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if ((column == MineColumn || column == TheirsColumn) && differs(index.row())
        && canTake(column == MineColumn ? Choice::Mine : Choice::Theirs)) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if (column == MergedColumn) {
        const QJsonValue value = merged(index.row());
        if (value.isBool()) {
            flags |= Qt::ItemIsUserCheckable;
        } else if (row.mine.isString() || row.theirs.isString() || row.mine.isDouble()
                   || row.theirs.isDouble()) {
            flags |= Qt::ItemIsEditable;
        }
    }
    return flags;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("On this computer");
    case TheirsColumn:
        return tr("On the server");
    case MergedColumn:
        return tr("Merged");
    default:
        return {};
    }
}

QString ConflictModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int ConflictModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool ConflictModel::differs(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return false;
    }
    if (isDeletion()) {
        return true; // one side has no values at all
    }
    return m_rows.at(row).mine != m_rows.at(row).theirs;
}

int ConflictModel::differingCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        count += differs(row) ? 1 : 0;
    }
    return count;
}

ConflictModel::Choice ConflictModel::choice(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).choice : Choice::Mine;
}

QJsonValue ConflictModel::mine(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).mine : QJsonValue::Undefined;
}

QJsonValue ConflictModel::theirs(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).theirs : QJsonValue::Undefined;
}

QJsonValue ConflictModel::merged(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return QJsonValue::Undefined;
    }
    const Row &r = m_rows.at(row);
    switch (r.choice) {
    case Choice::Mine:
        return r.mine;
    case Choice::Theirs:
        return r.theirs;
    case Choice::Typed:
        return r.typed;
    }
    return QJsonValue::Undefined;
}

bool ConflictModel::canTake(Choice choice) const
{
    switch (choice) {
    case Choice::Mine:
        return m_loaded && !m_conflict.mineDeleted;
    case Choice::Theirs:
        return m_loaded && !m_conflict.theirsDeleted;
    case Choice::Typed:
        return m_loaded;
    }
    return false;
}

void ConflictModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, MineColumn), index(row, MergedColumn));
}

bool ConflictModel::setChoice(int row, Choice choice)
{
    if (row < 0 || row >= m_rows.size() || choice == Choice::Typed || !canTake(choice)) {
        return false;
    }
    Row &r = m_rows[row];
    if (r.choice != choice) {
        r.choice = choice;
        r.typed = QJsonValue();
        emitRowChanged(row);
    }
    return true;
}

void ConflictModel::setAllChoices(Choice choice)
{
    for (int row = 0; row < rowCount(); ++row) {
        setChoice(row, choice);
    }
}

bool ConflictModel::setMerged(int row, const QJsonValue &value)
{
    if (row < 0 || row >= m_rows.size() || value.isUndefined()) {
        return false;
    }
    Row &r = m_rows[row];
    const bool sameType = (!r.mine.isUndefined() && value.type() == r.mine.type())
                          || (!r.theirs.isUndefined() && value.type() == r.theirs.type());
    if (!sameType) {
        return false;
    }
    r.choice = Choice::Typed;
    r.typed = value;
    emitRowChanged(row);
    return true;
}

QJsonObject ConflictModel::mergedJson() const
{
    QJsonObject json;
    for (int row = 0; row < rowCount(); ++row) {
        const QJsonValue value = merged(row);
        if (!value.isUndefined()) {
            json.insert(m_rows.at(row).key, value);
        }
    }
    return json;
}

Result<void> ConflictModel::checkUnchanged()
{
    if (!m_loaded) {
        return StoreError::make(StoreError::Code::NotFound, tr("Choose a conflict first."));
    }
    auto fresh = m_store.conflict(m_conflict.uuid);
    if (!fresh) {
        return fresh.error();
    }
    const Conflict &now = *fresh;
    if (now.mine == m_conflict.mine && now.mineDeleted == m_conflict.mineDeleted
        && now.theirs == m_conflict.theirs && now.theirsVersion == m_conflict.theirsVersion
        && now.theirsDeleted == m_conflict.theirsDeleted) {
        return {};
    }
    // Shown again with the new values; the choices made stay where their field still is.
    const QList<Row> before = m_rows;
    beginResetModel();
    auto filled = fill(m_conflict.uuid);
    if (filled) {
        for (const Row &old : before) {
            const int row = rowOf(old.key);
            if (row < 0) {
                continue;
            }
            if (old.choice == Choice::Typed) {
                m_rows[row].choice = Choice::Typed;
                m_rows[row].typed = old.typed;
            } else if (canTake(old.choice)) {
                m_rows[row].choice = old.choice;
            }
        }
    }
    endResetModel();
    if (!filled) {
        return filled;
    }
    return StoreError::make(StoreError::Code::InvalidData,
                            tr("The conflict changed while you were looking at it: the server "
                               "sent a newer version, or the record was edited here. Look at "
                               "both sides again, then decide."),
                            QStringLiteral("conflictChanged"));
}

Result<void> ConflictModel::finish(Result<void> done)
{
    if (done) {
        const QUuid uuid = m_conflict.uuid;
        clear();
        emit resolved(uuid);
    }
    return done;
}

Result<void> ConflictModel::resolve()
{
    if (auto unchanged = checkUnchanged(); !unchanged) {
        return unchanged;
    }
    return finish(m_store.resolveConflict(m_conflict.uuid, mergedJson(), false));
}

Result<void> ConflictModel::keepMine()
{
    if (auto unchanged = checkUnchanged(); !unchanged) {
        return unchanged;
    }
    return finish(
        m_store.resolveConflict(m_conflict.uuid, m_conflict.mine, m_conflict.mineDeleted));
}

Result<void> ConflictModel::takeTheirs()
{
    if (auto unchanged = checkUnchanged(); !unchanged) {
        return unchanged;
    }
    return finish(m_store.resolveTakeTheirs(m_conflict.uuid));
}

QString ConflictModel::displayText(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15) {
            return QString::number(static_cast<qint64>(number));
        }
        return QString::number(number);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (key == Field::PhotoJpeg) {
            // Base64: four characters for three bytes.
            const qint64 bytes = text.size() / 4 * 3;
            //: %1 is the size of a JPEG photo in kilobytes
            return text.isEmpty() ? QString() : tr("JPEG photo, %1 KB").arg((bytes + 512) / 1024);
        }
        if (key == Field::Password || key == Field::PasswordConfirm) {
            return text.isEmpty() ? QString() : QString(text.size(), QChar(0x25CF));
        }
        const QString catalog = catalogOf(key);
        if (!catalog.isEmpty() && !text.isEmpty()) {
            const QString name = domain::Catalogs::instance().get(catalog).labelOf(text);
            if (name != text) {
                //: %1 is an option's name, %2 its code ("中共党员 (01)")
                return tr("%1 (%2)").arg(name, text);
            }
        }
        return text;
    }
    case QJsonValue::Array: {
        QStringList lines;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            const QString text =
                element.isObject() ? displayText(QString(), element) : displayText(key, element);
            //: a numbered line of a list: %1 the number, %2 the entry
            lines.append(array.size() > 1 ? tr("%1. %2").arg(i + 1).arg(text) : text);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (const QString &part : orderedKeys(object, {})) {
            const QString text = displayText(part, object.value(part));
            if (!text.isEmpty()) {
                parts.append(text);
            }
        }
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

} // namespace dd::sync
