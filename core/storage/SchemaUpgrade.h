#pragma once

#include "core/common/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace cd {

// What opening an existing SQLite file will do first: the schema steps it still needs and how many messages they go
// over. Lets the apps tell the user about a long update before it starts, instead of a window that does not come.
struct SchemaUpgrade
{
    int fromVersion = 0;
    int toVersion = 0;
    qint64 messages = 0; // about (the highest message id: read without a pass over the table)

    // A step that builds something over the whole history (the conversation summaries and the search index of
    // schema 8) on enough messages to take more than a moment.
    bool isLong() const;
};

// Read-only look at `databaseFile`. Nothing for a new, unreadable or current file (opening it says what is wrong).
std::optional<SchemaUpgrade> pendingSchemaUpgrade(const QString &databaseFile);

// Runs the pending migrations of `databaseFile` (Database::openSqlite) on a worker thread while the calling thread
// calls `tick(elapsedMs)` at once and then about every `tickMs` (a window repaints, a terminal prints). Ok when the
// file is up to date; the open's error otherwise. The caller then opens the file as usual, which finds no work left.
Status<> upgradeSchemaWithProgress(const QString &databaseFile, const std::function<void(qint64 elapsedMs)> &tick,
                                   int tickMs = 100);

} // namespace cd
