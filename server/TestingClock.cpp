#include "TestingClock.h"

namespace dd::server {

QDateTime TestingClock::now() const
{
    if (m_override.isValid()) {
        return m_override;
    }
    const QDateTime fixed = parse(qEnvironmentVariable("DD_SERVER_TESTING_NOW"));
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

QDateTime TestingClock::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        return {};
    }
    return time.toUTC();
}

} // namespace dd::server
