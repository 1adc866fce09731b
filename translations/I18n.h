#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dd::i18n {

// Installs DegreeDesk's own translation (embedded under :/i18n/) and Qt's, for the given
// locale. Chinese systems get zh_CN; every other locale gets the English source text.
// Returns the name of the language that was installed ("zh_CN" or "en").
QString install(QCoreApplication &app, const QLocale &locale = QLocale::system());

// The languages DegreeDesk ships, as locale names.
QStringList availableLanguages();

// The language DegreeDesk uses for a locale: "zh_CN" for any Chinese locale, otherwise "en".
QString languageFor(const QLocale &locale);

} // namespace dd::i18n
