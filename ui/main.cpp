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
#include <QPalette>
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
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QStringLiteral("Use a dark palette (for desktops whose dark mode Qt does not follow)."));
    options.addOptions({pageOption, langOption, databaseOption, darkOption});
    options.process(app);

    if (options.isSet(darkOption)) {
        // Fusion with a dark palette; every colour DegreeDesk draws comes from the palette.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }

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
