#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace cd::SettingsFiles {

// The two QSettings files: the user's (written by ClinicDesk) and IT's system-wide one (read only).
// CLINICDESK_SYSTEM_CONFIG_DIR points the system scope at DIR/ClinicDesk/ClinicDesk.conf (tests, trying a
// provisioning file); it is read each time, so a test that sets it late still gets its file on the next read.
std::unique_ptr<QSettings> user();
std::unique_ptr<QSettings> system();

} // namespace cd::SettingsFiles
