#pragma once

namespace dd::ui {

class MainWindow;
class Session;

// Creates every page of the window, in the menu's order, and adds it to the window.
void addPages(MainWindow *window, Session *session);

} // namespace dd::ui
