#pragma once

#include "Mailer.h"

#include <QString>

namespace dd::server {

// The activation e-mail, in Chinese and English: the link (PUBLIC_URL/activate?token=...) and
// the token itself, for a client where the link cannot be opened.
class ActivationMail
{
public:
    static Mailer::Message make(const QString &to, const QString &name, const QString &userName,
                                const QString &publicUrl, const QString &token);
    static QString link(const QString &publicUrl, const QString &token);
};

} // namespace dd::server
