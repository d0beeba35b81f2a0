#pragma once

#include <QEventLoop>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

namespace cd {

// Waits for one asynchronous answer in a local event loop: calls `start(done)` and returns what `done(answer)` was
// given, or std::nullopt when the wait ended without an answer because the thread was told to quit (shutdown).
// Straight-line code reads far more safely for step-by-step work (the CLI, the sync worker, a short dialog step);
// never use it on the GUI thread for anything slow. `done` must be called on the waiting thread.
//
// What the shared state buys (see the commits "awaitGateway: a thread quitting..." and "Blocking keychain
// helpers..."):
//  - an answer given inside start() is returned without running the loop at all;
//  - QThread::quit()/exit() before the answer ends the wait (std::nullopt) instead of reading an empty result;
//  - `done` holds the state, not this stack frame: an answer after the wait ended, or a second answer, is dropped;
//  - each call owns its loop and state, so a nested wait (another blocking call inside a slot) stays correct.
template <typename R, typename Start>
std::optional<R> awaitCallback(Start &&start, QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents)
{
    struct Pending
    {
        std::optional<R> result;
        QPointer<QEventLoop> loop;
        bool finished = false;
    };
    auto pending = std::make_shared<Pending>();
    QEventLoop loop;
    pending->loop = &loop;
    std::forward<Start>(start)([pending](R answer) {
        if (pending->finished || pending->result)
            return;
        pending->result.emplace(std::move(answer));
        if (pending->loop)
            pending->loop->quit();
    });
    if (!pending->result)
        loop.exec(flags);
    pending->finished = true;
    return std::move(pending->result);
}

} // namespace cd
