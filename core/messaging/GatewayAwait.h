#pragma once

#include "messaging/SmsGateway.h"

#include <QEventLoop>

#include <optional>

namespace cd {

// Waits for one asynchronous gateway call. The engine runs its cycle step by step (settle before resend, page after
// page), which reads far more safely as straight-line code; it runs on the CLI's main thread or the GUI's sync
// worker thread, never on the GUI thread.
template <typename T, typename Start> TwilioResult<T> awaitGateway(Start start)
{
    std::optional<TwilioResult<T>> result;
    QEventLoop loop;
    start([&result, &loop](const TwilioResult<T> &answer) {
        result.emplace(answer);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace cd
