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
        // Qt's font database asks fontconfig on the GUI thread when the first widget measures its text; FcInit()
        // is idempotent and thread-safe, so Qt then finds the configuration already loaded.
        FcInit();
#endif
        cd::PhoneNumbers::prepare();
    });
}
