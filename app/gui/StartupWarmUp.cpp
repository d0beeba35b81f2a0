#include "app/gui/StartupWarmUp.h"

#include "core/phone/PhoneNumbers.h"

#include <QThreadPool>

#ifdef CLINICDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

void startStartupWarmUp()
{
    // One thread, in the order the main thread needs them: two warm-ups at once would compete with it for the
    // second core. The pool is waited for when the application ends.
    QThreadPool::globalInstance()->start([] {
#ifdef CLINICDESK_HAVE_FONTCONFIG
        // Qt loads fontconfig's configuration again on the GUI thread when the first widget measures its text
        // (FcInitReinitialize), but the font caches mapped here are reused by that load. Measured: the first frame
        // comes about 10 ms sooner with this than without it.
        FcInit();
#endif
        cd::PhoneNumbers::prepare();
    });
}
