#pragma once

namespace cd {

// False in every program ClinicDesk ships, whatever options it was built with. Test programs turn it on for
// themselves: every test executable links tests/support/EnableTestOverrides.cpp, and the test copy of the CLI
// (clinicdesk-cli-policytest) calls enableTestOverrides() first thing. Gates overrides that would let the
// environment bypass IT's locks, e.g. CLINICDESK_SYSTEM_CONFIG_DIR.
bool isTestBuild();
void enableTestOverrides();

} // namespace cd
