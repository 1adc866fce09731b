#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 注册系统新用户: the portal's registration form (and the account it creates), field by field
// in the portal's order, holding exactly what is typed in. The password is here because the
// form has it; it is never logged.
struct Registration
{
    QString userName;
    QString password;
    QString passwordConfirm;
    QString email;
    QString emailConfirm;
    QString mobile;
    QString name; // 姓名: can never change once registered
    QString country;
    QString idType;
    QString idNumber;
    QString idNumberConfirm;
    QString address;
    QString postalCode;
    QString dayPhone;
    QString eveningPhone;
    QString remarks;

    static QString kind() { return QStringLiteral("registration"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static Registration fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const Registration &, const Registration &) = default;
};

} // namespace dd::domain
