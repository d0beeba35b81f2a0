#pragma once

namespace cd::ProcessHardening {

// No core dump may hold patient data or the Authorization header: Linux prctl(PR_SET_DUMPABLE, 0) (also keeps
// other processes of the same user from ptrace-attaching) and RLIMIT_CORE 0 on Unix. Windows: Windows Error
// Reporting's LocalDumps is off unless IT enables it; macOS: RLIMIT_CORE 0 applies (see the README).
void disableCoreDumps();
bool coreDumpsDisabled();

} // namespace cd::ProcessHardening
