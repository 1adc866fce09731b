#include "Pages.h"

#include "MainWindow.h"
#include "ReminderScheduler.h"
#include "domain/Deadlines.h"
// page includes (one line per page, kept in the menu's order)
#include "pages/AccountPage.h"
#include "pages/BasicInfoPage.h"
#include "pages/DashboardPage.h"
#include "pages/DefenseRequestPage.h"
#include "pages/DegreeApplicationsPage.h"
#include "pages/ExamPage.h"
#include "pages/NotificationsPage.h"
#include "pages/PhotoPage.h"
#include "pages/ProcessPage.h"
#include "pages/RegistrationPage.h"
#include "pages/ResidencyCertificatePage.h"
#include "pages/ScoresPage.h"
#include "pages/StatusPage.h"
#include "pages/ThesisPage.h"

namespace dd::ui {

void addPages(MainWindow *window, Session *session)
{
    window->addPage(new ProcessPage(session));
    window->addPage(new PhotoPage(session));
    window->addPage(new BasicInfoPage(session));
    window->addPage(new DegreeApplicationsPage(session));
    window->addPage(new DefenseRequestPage(session));
    window->addPage(new ThesisPage(session));
    window->addPage(new StatusPage(session));
    window->addPage(new ResidencyCertificatePage(session));
    window->addPage(new ExamPage(session));
    window->addPage(new ScoresPage(session));
    window->addPage(new NotificationsPage(session));
    window->addPage(new RegistrationPage(session));
    window->addPage(new AccountPage(session));
    auto *dashboard = new DashboardPage(session);
    // The next date of app/domain's calendar for this applicant, in the reminders' words.
    dashboard->setNextDeadline([](const domain::Dossier &dossier, QDate today) {
        const QList<domain::Deadline> ahead =
            domain::Deadlines::upcoming(dossier, domain::ValidationContext::at(today));
        if (ahead.isEmpty()) {
            return QString();
        }
        //: %1 what is due, %2 when ("on 26 March 2027, in 117 days")
        return DashboardPage::tr("Next: %1 — %2")
            .arg(ahead.first().title, ReminderScheduler::whenText(ahead.first(), today));
    });
    window->addPage(dashboard);
}

} // namespace dd::ui
