#pragma once

#include "core/common/AwaitCallback.h"
#include "core/messaging/SmsGateway.h"
#include "core/twilio/TwilioErrorMessages.h"

namespace cd {

// Waits for one asynchronous gateway call. The engine runs its cycle step by step (settle before resend, page after
// page), which reads far more safely as straight-line code; it runs on the CLI's main thread or the GUI's sync
// worker thread, never on the GUI thread.
template <typename T, typename Start> TwilioResult<T> awaitGateway(Start start)
{
    auto answer = awaitCallback<TwilioResult<T>>(std::move(start));
    if (answer)
        return std::move(*answer);
    // The thread is quitting and the request may have reached Twilio: callers look it up before anything is
    // repeated.
    TwilioError interrupted;
    interrupted.kind = TwilioError::Kind::OutcomeUnknown;
    interrupted.message = TwilioErrorMessages::outcomeUnknown();
    interrupted.detail = QStringLiteral("the wait ended before the answer (the thread is quitting)");
    return interrupted;
}

} // namespace cd
