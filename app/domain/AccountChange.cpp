#include "domain/AccountChange.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

AccountChange AccountChange::of(const Registration &current)
{
    AccountChange change;
    change.email = current.email;
    change.emailConfirm = current.emailConfirm;
    change.mobile = current.mobile;
    return change;
}

Registration AccountChange::appliedTo(Registration current) const
{
    if (changesPassword()) {
        current.password = password;
        current.passwordConfirm = passwordConfirm;
    }
    current.email = email;
    current.emailConfirm = emailConfirm;
    current.mobile = mobile;
    return current;
}

bool AccountChange::changes(const Registration &current) const
{
    return appliedTo(current) != current;
}

QJsonObject AccountChange::toJson() const
{
    return QJsonObject{
        {Field::Password, password}, {Field::PasswordConfirm, passwordConfirm},
        {Field::Email, email},       {Field::EmailConfirm, emailConfirm},
        {Field::Mobile, mobile},
    };
}

AccountChange AccountChange::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    AccountChange change;
    change.password = in.text(Field::Password);
    change.passwordConfirm = in.text(Field::PasswordConfirm);
    change.email = in.text(Field::Email);
    change.emailConfirm = in.text(Field::EmailConfirm);
    change.mobile = in.text(Field::Mobile);
    in.reportUnknownKeys();
    return change;
}

} // namespace dd::domain
