#include "sync/ServerAccount.h"

namespace dd::sync {

bool ServerAccount::fromJson(const QJsonObject &json, ServerAccount *account)
{
    ServerAccount a;
    a.id = json.value(u"id").toString();
    a.userName = json.value(u"userName").toString();
    a.email = json.value(u"email").toString();
    a.mobile = json.value(u"mobile").toString();
    a.name = json.value(u"name").toString();
    a.role = json.value(u"role").toString();
    a.centerId = json.value(u"centerId").toString();
    a.activated = json.value(u"activated").toBool();
    a.createdAt = QDateTime::fromString(json.value(u"createdAt").toString(), Qt::ISODateWithMs);
    if (a.id.isEmpty() || a.userName.isEmpty()) {
        return false;
    }
    *account = a;
    return true;
}

QString ServerAccount::roleLabel() const
{
    if (role == u"applicant") {
        return tr("Applicant");
    }
    if (role == u"staff") {
        return tr("Staff of the training center");
    }
    if (role == u"admin") {
        return tr("Administrator of the training center");
    }
    return role;
}

} // namespace dd::sync
