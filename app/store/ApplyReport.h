#pragma once

#include <QList>
#include <QUuid>

namespace dd::store {

// What Store::applyRemote did with a page of the server's changes.
struct ApplyReport
{
    int applied = 0;        // written locally as the server has them
    int skipped = 0;        // not newer than what this database already knew (echoes of our pushes)
    QList<QUuid> conflicts; // kept as they are locally, each with a conflict to resolve

    friend bool operator==(const ApplyReport &, const ApplyReport &) = default;
};

} // namespace dd::store
