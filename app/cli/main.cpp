#include "cli/Cli.h"

#include "I18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("degreedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("DegreeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    const QString language = dd::cli::Cli::requestedLanguage(QCoreApplication::arguments());
    dd::i18n::install(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    dd::cli::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
