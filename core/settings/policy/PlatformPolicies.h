#pragma once

#include "core/settings/policy/PolicySource.h"

#include <QStringList>

namespace cd::PlatformPolicies {

// Windows: Group Policy's registry keys, HKCU\Software\Policies\ClinicDesk\ClinicDesk (per user) then
// HKLM\Software\Policies\ClinicDesk\ClinicDesk (per machine, wins). A key "clinic/name" is the value "name"
// under the subkey "clinic", as the ADMX template writes it.
// macOS: the managed preferences of the domain io.github.clinicdesk.ClinicDesk; only values the system reports
// as forced (CFPreferencesAppValueIsForced) count, so a user's own plist cannot pose as a policy.
// Elsewhere: nothing (Linux reads PolicyDirectory).
//
// keys: every setting key that may be managed (the registry and CFPreferences are asked key by key on macOS).
RawPolicies read(const QStringList &keys);

// The macOS preference domain IT targets (the bundle identifier).
inline constexpr char MacDomain[] = "io.github.clinicdesk.ClinicDesk";
inline constexpr char WindowsMachineKey[] = "HKEY_LOCAL_MACHINE\\Software\\Policies\\ClinicDesk\\ClinicDesk";
inline constexpr char WindowsUserKey[] = "HKEY_CURRENT_USER\\Software\\Policies\\ClinicDesk\\ClinicDesk";

} // namespace cd::PlatformPolicies
