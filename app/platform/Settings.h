#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace dd::platform {

// The user's settings, typed, with every default in one table (Settings.cpp). The program
// uses the platform's place for settings (QSettings with the organisation and application
// names); tests give a file of their own so they never touch the user's.
class Settings
{
public:
    enum class Key {
        DatabasePath,   // the database file the user picked; empty: the default location
        WindowGeometry, // QMainWindow::saveGeometry()
        WindowState,    // QMainWindow::saveState()
        SplitterState,  // the menu/page splitter
        LastPage,       // the page shown last ("basicInfo")
        LastApplicant,  // the applicant shown last
        CenterMode,     // a training center's staff: the applicant list is always shown
        Language,       // "zh_CN", "en" or empty for the system's
        ServerAddress,  // the center's server, "https://dd.example.edu.cn:8443"; empty: none
        ServerUserName, // the user name last logged in to the server
        SecretFallback, // no keychain: "file" (the user agreed), "session", or empty (not asked)
    };

    // The platform's settings.
    Settings();
    // Settings in an INI file of their own (tests).
    explicit Settings(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    static QVariant defaultValue(Key key);
    static QString name(Key key);
    void sync();

    QString databasePath() const { return value(Key::DatabasePath).toString(); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    QString lastPage() const { return value(Key::LastPage).toString(); }
    QUuid lastApplicant() const { return QUuid(value(Key::LastApplicant).toString()); }
    bool centerMode() const { return value(Key::CenterMode).toBool(); }
    QString language() const { return value(Key::Language).toString(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dd::platform
