#include "core/security/TestBuild.h"

namespace cd {

bool isTestBuild()
{
#ifdef CLINICDESK_TEST_BUILD
    return true;
#else
    return false;
#endif
}

} // namespace cd
