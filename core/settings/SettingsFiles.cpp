#include "core/settings/SettingsFiles.h"

#include <QDir>
#include <QSettings>

namespace cd::SettingsFiles {

namespace {
const QString Organization = QStringLiteral("ClinicDesk");
const QString Application = QStringLiteral("ClinicDesk");
} // namespace

std::unique_ptr<QSettings> user()
{
    auto settings = std::make_unique<QSettings>(QSettings::UserScope, Organization, Application);
    settings->setFallbacksEnabled(false); // the user file alone; the system scope is read separately
    return settings;
}

std::unique_ptr<QSettings> system()
{
    const QString overrideDir = qEnvironmentVariable("CLINICDESK_SYSTEM_CONFIG_DIR");
    if (!overrideDir.isEmpty()) {
        const QString file =
            QDir(overrideDir).filePath(Organization + QLatin1Char('/') + Application + QStringLiteral(".conf"));
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
    auto settings = std::make_unique<QSettings>(QSettings::SystemScope, Organization, Application);
    settings->setFallbacksEnabled(false);
    return settings;
}

} // namespace cd::SettingsFiles
