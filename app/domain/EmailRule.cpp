#include "domain/EmailRule.h"

#include "domain/AsciiPattern.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

#include <algorithm>

namespace dd::domain {

namespace {

// The second-level label of a domain: "hotmail" for hotmail.com and hotmail.co.uk,
// "yahoo" for yahoo.com.cn and mail.yahoo.com.
bool hasProviderLabel(const QString &domain, QStringView provider)
{
    // Every label but the last (the top-level domain): each one that a dot ends.
    const QStringView text(domain);
    qsizetype start = 0;
    for (qsizetype dot = text.indexOf(u'.'); dot >= 0; dot = text.indexOf(u'.', start)) {
        if (text.sliced(start, dot - start) == provider) {
            return true;
        }
        start = dot + 1;
    }
    return false;
}

// The characters of the local part's dot-atoms: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-].
bool isAtomCharacter(QChar c)
{
    return AsciiPattern::isLetterOrDigit(c) || QStringView(u"!#$%&'*+/=?^_`{|}~-").contains(c);
}

// A label of the domain before the top-level one: [A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?
bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || !AsciiPattern::isLetterOrDigit(label.front())
        || !AsciiPattern::isLetterOrDigit(label.back())) {
        return false;
    }
    return std::all_of(label.cbegin(), label.cend(),
                       [](QChar c) { return AsciiPattern::isLetterOrDigit(c) || c == u'-'; });
}

// The address syntax the portal accepts, checked part by part; the same as the pattern
// ^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@
//  ([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$
// (local part: dot-atoms of the characters providers accept; domain: labels of letters, digits
// and hyphens, then a top-level label of 2 to 63 letters). No class holds '.' or '@', so each
// part of the text is one atom or one label.
bool isAddressSyntax(QStringView address)
{
    const QStringView text = AsciiPattern::anchoredPart(address);
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0) {
        return false;
    }
    for (const QStringView atom : text.first(at).tokenize(u'.')) {
        if (atom.isEmpty() || !std::all_of(atom.cbegin(), atom.cend(), isAtomCharacter)) {
            return false;
        }
    }
    const QStringView domain = text.sliced(at + 1);
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot <= 0) {
        return false;
    }
    for (const QStringView label : domain.first(lastDot).tokenize(u'.')) {
        if (!isDomainLabel(label)) {
            return false;
        }
    }
    const QStringView topLevel = domain.sliced(lastDot + 1);
    return topLevel.size() >= 2 && topLevel.size() <= 63
           && std::all_of(topLevel.cbegin(), topLevel.cend(), AsciiPattern::isLetter);
}

} // namespace

QString EmailRule::domainOf(const QString &address)
{
    const QStringView text = QStringView(address).trimmed();
    const qsizetype at = text.indexOf(u'@');
    if (at < 0 || text.indexOf(u'@', at + 1) >= 0) {
        return {};
    }
    // What text.section(u'@', 1) gives for its one @: everything after it.
    return text.sliced(at + 1).toString().toLower();
}

bool EmailRule::isRefusedProvider(const QString &domain)
{
    return hasProviderLabel(domain, u"hotmail") || hasProviderLabel(domain, u"yahoo")
           || hasProviderLabel(domain, u"ymail");
}

bool EmailRule::isDoubtfulProvider(const QString &domain)
{
    return hasProviderLabel(domain, u"outlook") || hasProviderLabel(domain, u"live")
           || hasProviderLabel(domain, u"msn");
}

Findings EmailRule::check(const QString &value, const QString &fieldKey, bool required)
{
    const QString field = fieldKey.isEmpty() ? Field::Email : fieldKey;
    Findings findings;
    const QString text = value.trimmed();
    if (!RequiredRule::isPresent(field, text, required, findings)) {
        return findings;
    }
    if (text.contains(QChar(0xFF20)) || text.contains(QChar(0x3002))
        || text.contains(QChar(0xFF0E))) {
        findings.append(Finding::error(
            field, QStringLiteral("email.fullWidth"),
            tr("%1 contains a full-width character (＠ or 。) typed with a Chinese input method. "
               "Switch to English input and type @ and . again.")
                .arg(Field::label(field))));
        return findings;
    }
    if (text.contains(QLatin1Char(' '))) {
        findings.append(Finding::error(field, QStringLiteral("email.syntax"),
                                       tr("%1 cannot contain spaces.").arg(Field::label(field))));
        return findings;
    }
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (!isAddressSyntax(text) || text.size() > 254 || at > 64) {
        findings.append(Finding::error(
            field, QStringLiteral("email.syntax"),
            tr("%1: \"%2\" is not an e-mail address. It should look like name@example.com, "
               "with one @ and a domain after it.")
                .arg(Field::label(field), text)));
        return findings;
    }
    const QString domain = domainOf(text);
    if (isRefusedProvider(domain)) {
        findings.append(Finding::error(
            field, QStringLiteral("email.refusedProvider"),
            tr("%1: the portal asks applicants not to use Hotmail or Yahoo addresses (%2); its "
               "activation mail may never arrive. Use another provider, e.g. 163.com, qq.com "
               "or your employer's.")
                .arg(Field::label(field), domain),
            domain));
    } else if (isDoubtfulProvider(domain)) {
        findings.append(Finding::warning(
            field, QStringLiteral("email.doubtfulProvider"),
            tr("%1: %2 belongs to the same provider as Hotmail, which the portal asks applicants "
               "not to use; the activation mail may not arrive. A mainland provider is safer.")
                .arg(Field::label(field), domain),
            domain));
    }
    return findings;
}

} // namespace dd::domain
