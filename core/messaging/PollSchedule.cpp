#include "core/messaging/PollSchedule.h"

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

int PollSchedule::nextIntervalMs(int baseMs) const
{
    if (baseMs <= 0) {
        const int seconds = m_chatOpen ? AppSettings::pollIntervalChatOpenSec() : AppSettings::pollIntervalIdleSec();
        baseMs = std::max(1, seconds) * 1000;
    }
    qint64 interval = baseMs;
    for (int i = 0; i < m_failures && interval < MaxBackoffMs; ++i)
        interval *= 2;
    return int(std::min<qint64>(interval, std::max(baseMs, MaxBackoffMs)));
}

} // namespace cd
