#include "DatabaseOpener.h"

#include "platform/Settings.h"
#include "store/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace dd::ui {

DatabaseOpener::DatabaseOpener(store::Database &database, platform::Settings &settings)
    : m_database(database)
    , m_settings(settings)
{}

QString DatabaseOpener::path() const
{
    const QString chosen = m_settings.databasePath();
    return chosen.isEmpty() ? store::Database::defaultPath() : chosen;
}

void DatabaseOpener::useDialogs(QWidget *parent)
{
    m_ask = [parent](const store::StoreError &error, bool canRestore) {
        QMessageBox box(QMessageBox::Critical, tr("DegreeDesk cannot open its database"),
                        error.message, QMessageBox::NoButton, parent);
        QPushButton *restore = nullptr;
        if (canRestore) {
            restore = box.addButton(tr("Restore the newest backup"), QMessageBox::AcceptRole);
            box.setInformativeText(tr("Restoring puts the newest backup in place; the file that "
                                      "cannot be opened is kept beside it, renamed."));
        }
        QPushButton *another = box.addButton(tr("Choose another file..."), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restore ? restore : another);
        box.exec();
        if (restore && box.clickedButton() == restore) {
            return Choice::Restore;
        }
        if (box.clickedButton() == another) {
            return Choice::ChooseAnother;
        }
        Q_UNUSED(quit);
        return Choice::Quit;
    };
    m_choose = [parent] {
        return QFileDialog::getSaveFileName(parent, tr("Open or create a DegreeDesk database"),
                                            QDir::homePath(), tr("DegreeDesk database (*.sqlite)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    };
}

bool DatabaseOpener::open()
{
    QString file = path();
    for (;;) {
        const auto opened = m_database.open(file);
        if (opened) {
            if (file != path()) {
                m_settings.setValue(platform::Settings::Key::DatabasePath, file);
            }
            return true;
        }
        const QStringList backups = store::Database::backups(file);
        const bool canRestore =
            !backups.isEmpty()
            && (opened.error().code == store::StoreError::Code::Damaged
                || opened.error().code == store::StoreError::Code::NotADatabase);
        const Choice choice = m_ask ? m_ask(opened.error(), canRestore) : Choice::Quit;
        switch (choice) {
        case Choice::Restore: {
            const auto restored =
                store::Database::restore(file, backups.first(), m_database.clock());
            if (!restored) {
                m_notice = restored.error().message;
                continue;
            }
            m_notice =
                //: %1 the backup's file name, %2 where the damaged file was kept
                tr("The newest backup (%1) was restored. The file that could not be opened is "
                   "kept as %2.")
                    .arg(QFileInfo(backups.first()).fileName(),
                         QDir::toNativeSeparators(*restored));
            continue;
        }
        case Choice::ChooseAnother: {
            const QString another = m_choose ? m_choose() : QString();
            if (!another.isEmpty()) {
                file = another;
            }
            continue;
        }
        case Choice::Quit:
            return false;
        }
    }
}

} // namespace dd::ui
