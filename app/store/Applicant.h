#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dd::store {

// One applicant of the database: the person whose records these are. The label is what staff
// call them in the applicant selector (their name, until the records say it).
struct Applicant
{
    QUuid uuid;
    QString label;
    qint64 revision = 0;
    qint64 serverVersion = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC: the applicant itself (its label)
    QDateTime touchedAt; // UTC: the latest change to it or any of its records
    bool deleted = false;

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

} // namespace dd::store
