#pragma once

#include <QString>
#include <QStringList>

namespace dd::store {

// One page of the roster: what staff typed, the filters they picked, the order and the page.
struct RosterQuery
{
    enum class Order {
        Name,           // by 姓名拼音 (张 under Z), then name
        RecentlyTouched // the latest changed first
    };

    QString search; // name, 姓名拼音 (or its initials), ID number or mobile: start or end
    // Filters, all of which must hold:
    QStringList states;  // any application in one of these ApplicationStateMachine states
    QStringList missing; // still missing all of these steps (Progress::stepKey), or "any"
    Order order = Order::Name;
    int offset = 0;
    int limit = 50;
};

} // namespace dd::store
