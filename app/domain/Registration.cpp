#include "domain/Registration.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject Registration::toJson() const
{
    return QJsonObject{
        {Field::UserName, userName},
        {Field::Password, password},
        {Field::PasswordConfirm, passwordConfirm},
        {Field::Email, email},
        {Field::EmailConfirm, emailConfirm},
        {Field::Mobile, mobile},
        {Field::Name, name},
        {Field::Country, country},
        {Field::IdType, idType},
        {Field::IdNumber, idNumber},
        {Field::IdNumberConfirm, idNumberConfirm},
        {Field::Address, address},
        {Field::PostalCode, postalCode},
        {Field::DayPhone, dayPhone},
        {Field::EveningPhone, eveningPhone},
        {Field::Remarks, remarks},
    };
}

Registration Registration::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    Registration r;
    r.userName = in.text(Field::UserName);
    r.password = in.text(Field::Password);
    r.passwordConfirm = in.text(Field::PasswordConfirm);
    r.email = in.text(Field::Email);
    r.emailConfirm = in.text(Field::EmailConfirm);
    r.mobile = in.text(Field::Mobile);
    r.name = in.text(Field::Name);
    r.country = in.text(Field::Country);
    r.idType = in.text(Field::IdType);
    r.idNumber = in.text(Field::IdNumber);
    r.idNumberConfirm = in.text(Field::IdNumberConfirm);
    r.address = in.text(Field::Address);
    r.postalCode = in.text(Field::PostalCode);
    r.dayPhone = in.text(Field::DayPhone);
    r.eveningPhone = in.text(Field::EveningPhone);
    r.remarks = in.text(Field::Remarks);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
