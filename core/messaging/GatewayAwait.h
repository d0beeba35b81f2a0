#pragma once

#include "core/messaging/SmsGateway.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QEventLoop>
#include <QPointer>

#include <memory>
#include <optional>

namespace cd {

// Waits for one asynchronous gateway call. The engine runs its cycle step by step (settle before resend, page after
// page), which reads far more safely as straight-line code; it runs on the CLI's main thread or the GUI's sync
// worker thread, never on the GUI thread.
template <typename T, typename Start> TwilioResult<T> awaitGateway(Start start)
{
    // Shared with the callback: quitting the thread (shutdown) ends the wait before the answer, which may still
    // arrive later and must then find live state, not this finished stack frame.
    struct Pending
    {
        std::optional<TwilioResult<T>> result;
        QPointer<QEventLoop> loop;
    };
    auto pending = std::make_shared<Pending>();
    QEventLoop loop;
    pending->loop = &loop;
    start([pending](const TwilioResult<T> &answer) {
        if (pending->result)
            return;
        pending->result.emplace(answer);
        if (pending->loop)
            pending->loop->quit();
    });
    if (!pending->result)
        loop.exec();
    if (pending->result)
        return std::move(*pending->result);
    // The request may have reached Twilio: callers look it up before anything is repeated.
    TwilioError interrupted;
    interrupted.kind = TwilioError::Kind::OutcomeUnknown;
    interrupted.message = TwilioErrorMessages::outcomeUnknown();
    interrupted.detail = QStringLiteral("the wait ended before the answer (the thread is quitting)");
    return interrupted;
}

} // namespace cd
