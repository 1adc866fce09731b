#pragma once

#include "Mailer.h"

#include <QString>

namespace dd::server {

// The password-reset e-mail, in Chinese and English, like the activation e-mail: the link
// (PUBLIC_URL/reset-password?token=...) and the token itself, to be entered in DegreeDesk
// where the link cannot be opened; valid PasswordResets::LifetimeMinutes.
class PasswordResetMail
{
public:
    static Mailer::Message make(const QString &to, const QString &name, const QString &userName,
                                const QString &publicUrl, const QString &token);
    static QString link(const QString &publicUrl, const QString &token);
};

} // namespace dd::server
