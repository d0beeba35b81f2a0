#pragma once

#include <QString>

namespace cd {

// Where the database lives: --data-dir, else CLINICDESK_DATA_DIR, else ClinicDesk in the platform's data location
// (~/.local/share/ClinicDesk, %LOCALAPPDATA%\ClinicDesk, ~/Library/Application Support/ClinicDesk).
QString resolveDataDir(const QString &commandLineValue = {});
QString databaseFileIn(const QString &dataDir);

} // namespace cd
