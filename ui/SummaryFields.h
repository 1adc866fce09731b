#pragma once

#include <QList>
#include <QString>

namespace dd::ui {

// The fields of each of the portal's forms, in the portal's order, and how each stored value is
// shown: the one place that order is written down, for SummarySheet (and so for the printable
// summary and the portal view). The order is portal-screens.md's for the screens it shows
// (注册, 填写基本信息, 提交学位申请) and the record types' of app/domain for the others.
class SummaryFields
{
public:
    enum class Shown {
        Text,      // as typed; dates and months too: the portal wants "YYYYMMDD" and "YYYYMM"
        Secret,    // a password: masked, copied as it is
        Option,    // a catalog code: its label in the current language
        YesNo,     // a switch: shown, not copied (the portal has no text box for it)
        AppState,  // a degree application's state: shown, not copied
        ExamState, // an exam registration's state: shown, not copied
    };

    struct Spec
    {
        QString key; // the Field key, also the key of the record's JSON
        Shown shown = Shown::Text;
        QString catalog = {}; // for Option: the Catalogs name
    };

    static QList<Spec> registration();
    static QList<Spec> basicInfo();
    static QList<Spec> resume(); // the columns of 个人经历
    static QList<Spec> application();
    // The columns of the exam registrations' table; the reason for an exemption only when
    // some registration is exempt.
    static QList<Spec> examRegistration(bool withExemption);
    // The stored columns of the scores' table (the score and the result are computed).
    static QList<Spec> examScore();
    static QList<Spec> defenseRequest();
    static QList<Spec> thesis();
    static QList<Spec> residency();
};

} // namespace dd::ui
