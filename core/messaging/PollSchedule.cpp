#include "core/messaging/PollSchedule.h"

#include "core/common/Clock.h"
#include "core/settings/AppSettings.h"

#include <algorithm>

namespace cd {

void PollSchedule::recordSuccess(const QDateTime &atUtc)
{
    m_failures = 0;
    m_lastSuccess = atUtc;
}

void PollSchedule::recordFailure()
{
    ++m_failures;
}

PollIntervals PollSchedule::intervals() const
{
    if (m_custom)
        return m_intervals;
    PollIntervals fromSettings;
    fromSettings.chatOpenMs = std::max(1, AppSettings::pollIntervalChatOpenSec()) * 1000;
    fromSettings.idleMs = std::max(1, AppSettings::pollIntervalIdleSec()) * 1000;
    return fromSettings;
}

PollSchedule::Mode PollSchedule::mode(const QDateTime &nowUtc) const
{
    // A send expects its receipt and a busy chat its next reply within seconds, even if the desk looks away.
    if (m_lastActivity.isValid() && m_lastActivity.msecsTo(nowUtc) < intervals().activeWindowMs)
        return Mode::Active;
    if (!m_windowActive)
        return Mode::Inactive;
    return m_chatOpen ? Mode::ChatOpen : Mode::Idle;
}

const char *PollSchedule::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Active:
        return "active";
    case Mode::ChatOpen:
        return "chat-open";
    case Mode::Idle:
        return "idle";
    case Mode::Inactive:
        return "inactive";
    }
    return "idle";
}

int PollSchedule::baseIntervalMs(const QDateTime &nowUtc) const
{
    const PollIntervals in = intervals();
    switch (mode(nowUtc)) {
    case Mode::Active: // never slower than the calmer modes (a desk may set those shorter)
        return std::min({in.activeMs, in.chatOpenMs, in.idleMs});
    case Mode::ChatOpen:
        return in.chatOpenMs;
    case Mode::Idle:
    case Mode::Inactive:
        return in.idleMs;
    }
    return in.idleMs;
}

int PollSchedule::nextIntervalMs(const QDateTime &nowUtc) const
{
    return nextIntervalMs(baseIntervalMs(nowUtc));
}

int PollSchedule::nextIntervalMs(int baseMs) const
{
    if (baseMs <= 0)
        return nextIntervalMs(Clock::instance().nowUtc());
    const int cap = m_custom ? m_intervals.maxBackoffMs : MaxBackoffMs;
    qint64 interval = baseMs;
    for (int i = 0; i < m_failures && interval < cap; ++i)
        interval *= 2;
    return int(std::min<qint64>(interval, std::max(baseMs, cap)));
}

} // namespace cd
