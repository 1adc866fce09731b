#include "DatabaseOpener.h"
#include "I18n.h"
#include "MainWindow.h"
#include "Pages.h"
#include "Session.h"
#include "platform/Clock.h"
#include "platform/Settings.h"
#include "store/Database.h"
#include "store/Store.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DegreeDesk"));
    QApplication::setOrganizationName(QStringLiteral("DegreeDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral("DegreeDesk - 学位申请助手"));
    options.addHelpOption();
    options.addVersionOption();
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Open at this page (e.g. basicInfo)."),
                                        QStringLiteral("id"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Open this database file."),
                                            QStringLiteral("file"));
    options.addOptions({pageOption, langOption, databaseOption});
    options.process(app);

    dd::platform::Settings settings;
    if (options.isSet(databaseOption)) {
        settings.setValue(dd::platform::Settings::Key::DatabasePath,
                          QFileInfo(options.value(databaseOption)).absoluteFilePath());
    }
    const QString language =
        options.isSet(langOption) ? options.value(langOption) : settings.language();
    dd::i18n::install(app, language.isEmpty() ? QLocale() : QLocale(language));

    const dd::platform::Clock &clock = dd::platform::Clock::system();
    dd::store::Database database(clock);
    dd::ui::DatabaseOpener opener(database, settings);
    opener.useDialogs(nullptr);
    if (!opener.open()) {
        return 1;
    }
    dd::store::Store store(database);
    dd::ui::Session session(store, clock);

    // One applicant to begin with; a center adds the others.
    QUuid applicant = settings.lastApplicant();
    if (applicant.isNull() || !store.applicant(applicant) || store.applicant(applicant)->deleted) {
        dd::store::RosterQuery first;
        first.limit = 1;
        const auto page = store.roster(first);
        applicant = page && !page->entries.isEmpty() ? page->entries.first().uuid : QUuid();
    }
    if (applicant.isNull()) {
        const auto created =
            store.createApplicant(QCoreApplication::translate("main", "My application"));
        if (!created) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "DegreeDesk"),
                                  created.error().message);
            return 1;
        }
        applicant = created->uuid;
    }
    session.setApplicant(applicant);

    dd::ui::MainWindow window(&session, &settings);
    dd::ui::addPages(&window, &session);
    window.restoreState();
    if (options.isSet(pageOption)) {
        window.showPage(options.value(pageOption));
    }
    if (!opener.notice().isEmpty()) {
        window.messageBar()->showMessage(opener.notice(), dd::ui::MessageBar::Kind::Information);
    }
    window.show();

    // The daily backup, for a window left open for days.
    QTimer backups;
    QObject::connect(&backups, &QTimer::timeout, &window, [&database] { database.backupIfDue(); });
    backups.start(60 * 60 * 1000);
    return app.exec();
}
