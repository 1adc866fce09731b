#include "MainWindow.h"

#include "I18n.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DegreeDesk"));
    QApplication::setOrganizationName(QStringLiteral("DegreeDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    dd::i18n::install(app);

    dd::ui::MainWindow window;
    window.show();
    return app.exec();
}
