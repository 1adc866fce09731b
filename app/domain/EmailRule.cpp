#include "domain/EmailRule.h"

#include "domain/Field.h"
#include "domain/RequiredRule.h"

#include <QRegularExpression>

namespace dd::domain {

namespace {

// The second-level label of a domain: "hotmail" for hotmail.com and hotmail.co.uk,
// "yahoo" for yahoo.com.cn and mail.yahoo.com.
bool hasProviderLabel(const QString &domain, QStringView provider)
{
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        if (labels.at(i) == provider) {
            return true;
        }
    }
    return false;
}

} // namespace

QString EmailRule::domainOf(const QString &address)
{
    const QString text = address.trimmed();
    if (text.count(QLatin1Char('@')) != 1) {
        return {};
    }
    return text.section(QLatin1Char('@'), 1).toLower();
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
    const QString label = Field::label(field);
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
                .arg(label)));
        return findings;
    }
    if (text.contains(QLatin1Char(' '))) {
        findings.append(Finding::error(field, QStringLiteral("email.syntax"),
                                       tr("%1 cannot contain spaces.").arg(label)));
        return findings;
    }
    // local part: dot-atom of the characters providers accept; domain: labels of letters,
    // digits and hyphens, a top-level label of at least two letters.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@)"
                       R"(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (!pattern.match(text).hasMatch() || text.size() > 254 || at > 64) {
        findings.append(Finding::error(
            field, QStringLiteral("email.syntax"),
            tr("%1: \"%2\" is not an e-mail address. It should look like name@example.com, "
               "with one @ and a domain after it.")
                .arg(label, text)));
        return findings;
    }
    const QString domain = domainOf(text);
    if (isRefusedProvider(domain)) {
        findings.append(Finding::error(
            field, QStringLiteral("email.refusedProvider"),
            tr("%1: the portal asks applicants not to use Hotmail or Yahoo addresses (%2); its "
               "activation mail may never arrive. Use another provider, e.g. 163.com, qq.com "
               "or your employer's.")
                .arg(label, domain),
            domain));
    } else if (isDoubtfulProvider(domain)) {
        findings.append(Finding::warning(
            field, QStringLiteral("email.doubtfulProvider"),
            tr("%1: %2 belongs to the same provider as Hotmail, which the portal asks applicants "
               "not to use; the activation mail may not arrive. A mainland provider is safer.")
                .arg(label, domain),
            domain));
    }
    return findings;
}

} // namespace dd::domain
