#include "ActivationMail.h"

#include "Accounts.h"

namespace dd::server {

QString ActivationMail::link(const QString &publicUrl, const QString &token)
{
    // Tokens are base64url: nothing to escape.
    return publicUrl + QStringLiteral("/activate?token=") + token;
}

Mailer::Message ActivationMail::make(const QString &to, const QString &name,
                                     const QString &userName, const QString &publicUrl,
                                     const QString &token)
{
    const QString url = link(publicUrl, token);
    const QString days = QString::number(Accounts::UnactivatedDays);
    Mailer::Message message;
    message.to = to;
    message.subject =
        QStringLiteral(u"激活您的 DegreeDesk 账户 / Activate your DegreeDesk account");
    message.body =
        QStringLiteral(u"%1，您好：\n\n"
                       u"您注册了用户名 %2。请在 24 小时内打开下面的链接激活账户：\n\n"
                       u"%3\n\n"
                       u"链接打不开时，请在 DegreeDesk 中输入激活码：\n%4\n\n"
                       u"%5 天内未激活的账户将被删除。如果您没有注册，请忽略本邮件。\n\n"
                       u"----\n\n")
            .arg(name, userName, url, token, days)
        + QStringLiteral("Hello %1,\n\n"
                         "You registered the user name %2. Open this link within 24 hours to "
                         "activate the account:\n\n"
                         "%3\n\n"
                         "If the link does not open, enter this activation code in DegreeDesk:\n"
                         "%4\n\n"
                         "Accounts not activated within %5 days are deleted. If you did not "
                         "register, ignore this e-mail.\n")
              .arg(name, userName, url, token, days);
    return message;
}

} // namespace dd::server
