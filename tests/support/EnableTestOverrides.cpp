// Linked into every test executable as an object (never through the static library, which would drop it): the
// overrides that bypass IT's locks, such as CLINICDESK_SYSTEM_CONFIG_DIR, work in test programs and nowhere else.
#include "core/security/TestBuild.h"

namespace {
const bool overridesEnabled = (cd::enableTestOverrides(), true);
} // namespace
