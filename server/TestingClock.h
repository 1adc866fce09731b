#pragma once

#include "platform/Clock.h"

#include <QDateTime>
#include <QString>

namespace dd::server {

// The clock of a server in test mode (DD_SERVER_TESTING=1), never of a real one: the time a
// request asks for in its X-DD-Testing-Now header while the request runs (Server sets and
// clears it), else DD_SERVER_TESTING_NOW from the environment (read at every call), else the
// system's. Integration tests expire tokens and sessions and age accounts with it.
class TestingClock final : public platform::Clock
{
public:
    static inline const QString EnvironmentVariable = QStringLiteral("DD_SERVER_TESTING_NOW");

    QDateTime now() const override;

    // An invalid time clears the override.
    void setOverride(const QDateTime &time) { m_override = time.toUTC(); }
    void clearOverride() { m_override = {}; }

    // An ISO 8601 date and time ("2026-11-29T09:00:00Z"); invalid when it is not one, or has no
    // time zone (a time without one would mean the server's local time).
    static QDateTime parse(const QString &text);

private:
    QDateTime m_override;
};

} // namespace dd::server
