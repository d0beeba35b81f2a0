#pragma once

#include <QString>
#include <QStringList>

namespace cd {

// Patient data is owner-only at rest: the data folder 0700, the database, its WAL/SHM/journal and every backup 0600
// (on Windows a protected ACL for the user and SYSTEM alone, inherited by the files: compile-checked, never run here).
class ScopedOwnerOnlyUmask
{
public:
    ScopedOwnerOnlyUmask();
    ~ScopedOwnerOnlyUmask();
    ScopedOwnerOnlyUmask(const ScopedOwnerOnlyUmask &) = delete;
    ScopedOwnerOnlyUmask &operator=(const ScopedOwnerOnlyUmask &) = delete;

private:
    unsigned m_previous = 0;
};

namespace OwnerOnlyFiles {

// Creates `dir` (and parents) with owner-only permissions for what it creates.
bool makeDataFolder(const QString &dir);
// Removes group/other access from the data folder, ClinicDesk's files in it (clinicdesk*) and its backups/ folder.
// Existing installs made before this rule are tightened this way at every start.
void tighten(const QString &dir);
// Everything in the data folder (the folder itself, its files, backups/) that group or others may read, write or
// enter. Empty for an empty folder, and on Windows (ACLs are not inspected).
QStringList exposedPaths(const QString &dir);

} // namespace OwnerOnlyFiles
} // namespace cd
