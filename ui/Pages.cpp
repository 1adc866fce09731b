#include "Pages.h"

#include "MainWindow.h"
#include "pages/ThesisPage.h"

namespace dd::ui {

void addPages(MainWindow *window, Session *session)
{
    window->addPage(new ThesisPage(session));
}

} // namespace dd::ui
