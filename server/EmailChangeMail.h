#pragma once

#include "Mailer.h"

#include <QString>

namespace dd::server {

// The notice sent to the OLD address when an account's e-mail address is changed (PUT
// /me/email), in Chinese and English: what changed, to which address (masked), and whom to ask
// when it was not the owner. It carries no link or token: the change is already made; the
// notice only lets the owner notice a change they did not make.
class EmailChangeMail
{
public:
    static Mailer::Message make(const QString &oldAddress, const QString &name,
                                const QString &userName, const QString &newAddress);
    // The address with most of its local part hidden: "wang.lei@163.com" → "w******@163.com"
    // (the first character, one * per hidden character up to 6, the domain). Text without a
    // single @ is hidden whole ("***").
    static QString mask(const QString &address);
};

} // namespace dd::server
