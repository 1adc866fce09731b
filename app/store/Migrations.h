#pragma once

#include "store/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace dd::store {

class Database;

// The schema's history: migration n turns a database of version n-1 into version n.
// Database::open applies the missing ones in order, each in a transaction of its own with
// PRAGMA user_version = n set inside it, so that a crash leaves the file at n-1 or n, never
// between. A migration is never edited once released: a change is a new migration.
struct Migration
{
    int version = 0;
    QString description;
    std::function<Result<void>(Database &)> apply;
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latest();
};

} // namespace dd::store
