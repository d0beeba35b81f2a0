#pragma once

#include <QString>

// Restoring a daily backup from the GUI, where the damaged file was found: before the window (nothing holds the
// file), or by the check after the first frame (this process holds it, so the app restarts with --restore-backup).

// Replaces `databaseFile` with `backupFile` (core's DatabaseBackup::restore, which keeps the damaged file), waiting a
// few seconds for a closing ClinicDesk to let go of it, and says how it went. False when nothing was restored.
bool restoreBackupNow(const QString &databaseFile, const QString &backupFile, int autoCloseMs);

// Starts this program again with the same arguments plus --restore-backup FILE, and quits this one.
void restartToRestore(const QString &backupFile);
