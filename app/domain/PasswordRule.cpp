#include "domain/PasswordRule.h"

#include "domain/AsciiPattern.h"
#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

#include <algorithm>

namespace dd::domain {

namespace {

// ^[A-Za-z0-9._-]+$
bool isUserNameText(QStringView text)
{
    const QStringView part = AsciiPattern::anchoredPart(text);
    return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar c) {
        return AsciiPattern::isLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace

Findings PasswordRule::checkPassword(const QString &value, const QString &fieldKey)
{
    const QString field = fieldKey.isEmpty() ? Field::Password : fieldKey;
    Findings findings;
    // Passwords are taken as typed: no trimming, a space is a character like any other.
    if (value.isEmpty()) {
        findings.append(RequiredRule::missing(field));
        return findings;
    }
    if (value.size() < MinLength || value.size() > MaxLength) {
        findings.append(Finding::error(field, QStringLiteral("password.length"),
                                       tr("%1 must have %2 to %3 characters; it has %4.")
                                           .arg(Field::label(field))
                                           .arg(MinLength)
                                           .arg(MaxLength)
                                           .arg(value.size()),
                                       QString::number(value.size())));
    }
    // ^[A-Za-z0-9]*$
    if (!AsciiPattern::isLettersOrDigits(value, true)) {
        findings.append(Finding::error(
            field, QStringLiteral("password.characters"),
            tr("%1 may contain only the letters A-Z and a-z and the digits 0-9 (the portal "
               "takes no spaces, symbols or Chinese characters).")
                .arg(Field::label(field))));
        return findings;
    }
    if (!AsciiPattern::containsLetter(value)) {
        findings.append(Finding::error(
            field, QStringLiteral("password.needsLetter"),
            tr("%1 must combine letters and digits: add a letter.").arg(Field::label(field))));
    }
    if (!AsciiPattern::containsDigit(value)) {
        findings.append(Finding::error(
            field, QStringLiteral("password.needsDigit"),
            tr("%1 must combine letters and digits: add a digit.").arg(Field::label(field))));
    }
    return findings;
}

Findings PasswordRule::checkUserName(const QString &value, const QString &fieldKey)
{
    const QString field = fieldKey.isEmpty() ? Field::UserName : fieldKey;
    Findings findings;
    const QString text = value.trimmed();
    if (!RequiredRule::check(field, text, findings)) {
        return findings;
    }
    if (text.contains(QLatin1Char('@'))) {
        // An e-mail address as user name, as the portal suggests: it must be a valid one.
        findings += EmailRule::check(text, field);
        return findings;
    }
    if (text.size() < UserNameMinLength || text.size() > UserNameMaxLength) {
        findings.append(Finding::error(field, QStringLiteral("userName.length"),
                                       tr("%1 must have %2 to %3 characters.")
                                           .arg(Field::label(field))
                                           .arg(UserNameMinLength)
                                           .arg(UserNameMaxLength)));
    } else if (!isUserNameText(text)) {
        findings.append(Finding::error(
            field, QStringLiteral("userName.characters"),
            tr("%1 may contain letters, digits, dots, hyphens and underscores, or be an e-mail "
               "address.")
                .arg(Field::label(field))));
    } else {
        findings.append(Finding::info(
            field, QStringLiteral("userName.suggestEmail"),
            tr("%1: the portal suggests using your e-mail address as user name, so that it is "
               "unique.")
                .arg(Field::label(field))));
    }
    return findings;
}

} // namespace dd::domain
