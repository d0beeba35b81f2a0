#include "core/settings/SettingsFiles.h"

#include "core/security/TestBuild.h"

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
    // Test builds only: in a shipped build the variable would let anyone bypass IT's locked settings.
    const QString overrideDir = isTestBuild() ? qEnvironmentVariable("CLINICDESK_SYSTEM_CONFIG_DIR") : QString();
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
