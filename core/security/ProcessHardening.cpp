#include "core/security/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cd::ProcessHardening {

void disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const struct rlimit none
    {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool coreDumpsDisabled()
{
#ifdef Q_OS_UNIX
    struct rlimit current
    {
    };
    if (::getrlimit(RLIMIT_CORE, &current) != 0 || current.rlim_cur != 0)
        return false;
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace cd::ProcessHardening
