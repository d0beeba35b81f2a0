#include "core/services/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace cd {

QString resolveDataDir(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("CLINICDESK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // AppDataLocation would be …/ClinicDesk/ClinicDesk (organisation and application share the name).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ClinicDesk"));
}

QString databaseFileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("clinicdesk.sqlite"));
}

} // namespace cd
