#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QVariant>

#include <memory>

namespace cd {

class Database;

// The clinic-wide settings of a shared clinic database (table clinic_settings): one desk changes the opt-out line,
// the quiet hours or a template, every desk uses it. attach() hands them to the process's SettingsService, which
// then writes clinic-wide keys here instead of this computer's file; other desks hear of a change through the
// ChangeFeed ("settings") and call reload(). IT's policy locks still win (SettingsSnapshot's order).
class ClinicSettingsStore
{
public:
    static Result<QHash<QString, QVariant>> load(Database &database);
    // Sets (or, with an invalid value, removes) one key, announced to the other desks on COMMIT.
    static Status<> save(Database &database, const QString &key, const QVariant &value);

    // PostgreSQL only (nothing on SQLite, where the files are the clinic's): loads and attaches.
    static void attach(const std::shared_ptr<Database> &database);
    static void detach();
    // Reads the values again into SettingsService (after another desk's change or a reconnect).
    static void reload(Database &database);
};

} // namespace cd
