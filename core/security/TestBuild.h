#pragma once

namespace cd {

// True only in builds made for tests (CLINICDESK_BUILD_TESTS=ON defines CLINICDESK_TEST_BUILD for TestBuild.cpp
// alone). Gates overrides that would let the environment bypass IT's locks, e.g. CLINICDESK_SYSTEM_CONFIG_DIR.
bool isTestBuild();

} // namespace cd
