#include "PasswordResetMail.h"

#include "PasswordResets.h"

namespace dd::server {

QString PasswordResetMail::link(const QString &publicUrl, const QString &token)
{
    // Tokens are base64url: nothing to escape.
    return publicUrl + QStringLiteral("/reset-password?token=") + token;
}

Mailer::Message PasswordResetMail::make(const QString &to, const QString &name,
                                        const QString &userName, const QString &publicUrl,
                                        const QString &token)
{
    const QString url = link(publicUrl, token);
    const QString minutes = QString::number(PasswordResets::LifetimeMinutes);
    Mailer::Message message;
    message.to = to;
    message.subject = QStringLiteral(u"重置您的 DegreeDesk 密码 / Reset your DegreeDesk password");
    message.body =
        QStringLiteral(
            u"%1，您好：\n\n"
            u"有人为用户名 %2 申请了重置密码。请在 %5 分钟内打开下面的链接设置新密码：\n\n"
            u"%3\n\n"
            u"链接打不开时，请在 DegreeDesk 的“忘记密码”中输入重置码：\n%4\n\n"
            u"新密码生效后，此账户的所有登录都将退出。如果不是您本人申请，请忽略本邮件，"
            u"您的密码不会改变。\n\n"
            u"----\n\n")
            .arg(name, userName, url, token, minutes)
        + QStringLiteral("Hello %1,\n\n"
                         "Someone asked to reset the password of the user name %2. Open this "
                         "link within %5 minutes to choose a new password:\n\n"
                         "%3\n\n"
                         "If the link does not open, enter this reset code in DegreeDesk "
                         "(Forgotten password):\n"
                         "%4\n\n"
                         "Once the new password is set, every login of this account ends. If you "
                         "did not ask for this, ignore this e-mail: your password stays as it "
                         "is.\n")
              .arg(name, userName, url, token, minutes);
    return message;
}

} // namespace dd::server
