#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace dd::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    const QString language = languageFor(locale);
    const QLocale effective(language);
    QLocale::setDefault(effective);

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/degreedesk_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (language != QStringLiteral("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(effective, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    return language;
}

} // namespace dd::i18n
