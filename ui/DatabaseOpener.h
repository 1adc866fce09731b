#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace dd::platform {
class Settings;
}
namespace dd::store {
class Database;
struct StoreError;
} // namespace dd::store

namespace dd::ui {

// Opens the user's database at start, and when it cannot be opened says why and offers what
// can be done: restore the newest backup (a damaged file, which is kept aside, never
// overwritten), choose another file, or quit.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    enum class Choice { Restore, ChooseAnother, Quit };
    // Asks the user what to do about an error (a test answers without a dialog). `canRestore`
    // says whether there is a backup to restore.
    using Ask = std::function<Choice(const store::StoreError &error, bool canRestore)>;
    // Asks for another database file; empty: cancelled.
    using ChooseFile = std::function<QString()>;

    DatabaseOpener(store::Database &database, platform::Settings &settings);

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setChooseFile(ChooseFile choose) { m_choose = std::move(choose); }
    // Dialogs parented to `parent` (the defaults of setAsk/setChooseFile).
    void useDialogs(QWidget *parent);

    // The file to open: the one the user chose before, else the default location.
    QString path() const;
    // Opens it (asking as needed); false when the user chose to quit.
    bool open();
    // What happened, for the window's first message (a restore, say); empty when nothing did.
    QString notice() const { return m_notice; }

private:
    store::Database &m_database;
    platform::Settings &m_settings;
    Ask m_ask;
    ChooseFile m_choose;
    QString m_notice;
};

} // namespace dd::ui
