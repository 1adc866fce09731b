#include "cli/Cli.h"
#include "cli/PhotoCli.h"

#include "I18n.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("degreedesk-photo"));
    QCoreApplication::setOrganizationName(QStringLiteral("DegreeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString language = dd::cli::Cli::requestedLanguage(arguments);
    dd::i18n::install(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    dd::cli::PhotoCli cli(out, err);
    return cli.run(arguments);
}
