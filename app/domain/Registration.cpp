#include "domain/Registration.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void Registration::write(JsonWriter &out) const
{
    out.text(Field::UserName, userName);
    out.text(Field::Password, password);
    out.text(Field::PasswordConfirm, passwordConfirm);
    out.text(Field::Email, email);
    out.text(Field::EmailConfirm, emailConfirm);
    out.text(Field::Mobile, mobile);
    out.text(Field::Name, name);
    out.text(Field::Country, country);
    out.text(Field::IdType, idType);
    out.text(Field::IdNumber, idNumber);
    out.text(Field::IdNumberConfirm, idNumberConfirm);
    out.text(Field::Address, address);
    out.text(Field::PostalCode, postalCode);
    out.text(Field::DayPhone, dayPhone);
    out.text(Field::EveningPhone, eveningPhone);
    out.text(Field::Remarks, remarks);
}

QJsonObject Registration::toJson() const
{
    return JsonObjectWriter::of(*this);
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
