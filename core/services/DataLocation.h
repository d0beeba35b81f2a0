#pragma once

#include <QString>

namespace cd {

// Where the database lives: --data-dir, else CLINICDESK_DATA_DIR, else the platform's AppDataLocation.
QString resolveDataDir(const QString &commandLineValue = {});
QString databaseFileIn(const QString &dataDir);

} // namespace cd
