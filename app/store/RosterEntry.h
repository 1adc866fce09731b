#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace dd::store {

// One row of the roster.
struct RosterEntry
{
    QUuid uuid;
    QString label;
    QString name;
    QString namePinyin;
    QString idNumber;
    QString mobile;
    QDateTime touchedAt;
    QStringList states;  // the states of the applicant's applications
    QStringList missing; // Progress::stepKey of every required step not complete

    friend bool operator==(const RosterEntry &, const RosterEntry &) = default;
};

struct RosterPage
{
    QList<RosterEntry> entries;
    bool hasMore = false; // there is at least one more row after this page
};

} // namespace dd::store
