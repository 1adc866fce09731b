#include "EmailChangeMail.h"

#include <algorithm>

namespace dd::server {

QString EmailChangeMail::mask(const QString &address)
{
    const QString text = address.trimmed();
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || text.count(QLatin1Char('@')) != 1 || at + 1 >= text.size()) {
        return QStringLiteral("***");
    }
    const qsizetype hidden = std::clamp<qsizetype>(at - 1, 1, 6);
    return text.left(1) + QString(hidden, QLatin1Char('*')) + text.mid(at);
}

Mailer::Message EmailChangeMail::make(const QString &oldAddress, const QString &name,
                                      const QString &userName, const QString &newAddress)
{
    const QString masked = mask(newAddress);
    Mailer::Message message;
    message.to = oldAddress;
    message.subject = QStringLiteral(
        u"DegreeDesk 账户的电子邮箱已更改 / The e-mail address of your DegreeDesk account was "
        u"changed");
    message.body =
        QStringLiteral(u"%1，您好：\n\n"
                       u"用户名 %2 的电子邮箱地址已改为 %3。今后的邮件（包括重置密码的邮件）都将"
                       u"发往新地址，不再发往本地址。\n\n"
                       u"如果这不是您本人的操作，请尽快联系您的培训中心。\n\n"
                       u"----\n\n")
            .arg(name, userName, masked)
        + QStringLiteral("Hello %1,\n\n"
                         "The e-mail address of the user name %2 was changed to %3. From now on "
                         "e-mail (password resets too) goes to the new address, no longer to "
                         "this one.\n\n"
                         "If you did not make this change, contact your training center "
                         "soon.\n")
              .arg(name, userName, masked);
    return message;
}

} // namespace dd::server
