#pragma once

#include <QString>

class QWidget;

namespace cd::ui {

// The database turned out damaged (when opening it, or in the check after the first frame): says so in plain words,
// names the file, and offers the newest daily backup that opens cleanly. Returns that backup's path when the user
// chose to restore it; empty when there is none or the user closed the prompt. Nothing is changed here.
QString askToRestoreBackup(QWidget *parent, const QString &databaseFile, const QString &problem, int autoCloseMs = -1);

} // namespace cd::ui
