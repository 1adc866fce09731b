#include "platform/Settings.h"

namespace dd::platform {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    static const Entry entries[] = {
        {K::DatabasePath, "database/path", QString()},
        {K::WindowGeometry, "window/geometry", QByteArray()},
        {K::WindowState, "window/state", QByteArray()},
        {K::SplitterState, "window/splitter", QByteArray()},
        {K::LastPage, "window/lastPage", QStringLiteral("dashboard")},
        {K::LastApplicant, "session/lastApplicant", QString()},
        {K::CenterMode, "session/centerMode", false},
        {K::Language, "ui/language", QString()},
        {K::ServerAddress, "server/address", QString()},
        {K::ServerUserName, "server/userName", QString()},
        {K::SecretFallback, "secrets/fallback", QString()},
    };
    for (const Entry &e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    return entries[0];
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).fallback;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(name(key), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(name(key));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace dd::platform
