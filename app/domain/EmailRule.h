#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// 电子邮箱地址: the syntax of an address (RFC 5321 limits, the dot-atom form that mail
// providers accept), and the portal's warning "请暂时不要使用 Hotmail 和 Yahoo 邮箱": those
// providers are refused, and Microsoft's other consumer domains (outlook, live, msn) get a
// warning, since their mail may not arrive either. The activation mail decides whether an
// account can ever be used, so the address must be one the applicant reads.
class EmailRule
{
    Q_DECLARE_TR_FUNCTIONS(EmailRule)

public:
    static Findings check(const QString &value, const QString &field = {}, bool required = true);

    // Lower-cased domain part, or empty when the text has no single @.
    static QString domainOf(const QString &address);
    static bool isRefusedProvider(const QString &domain);
    static bool isDoubtfulProvider(const QString &domain);
};

} // namespace dd::domain
