#pragma once

#include <QDateTime>

namespace cd {

// When to poll next: AppSettings' interval (10 s while a chat is open, 60 s otherwise), doubled after each failed
// cycle up to 10 minutes, back to normal after the first success. The GUI's worker asks it after every cycle.
class PollSchedule
{
public:
    static constexpr int MaxBackoffMs = 10 * 60 * 1000;

    void setChatOpen(bool open) { m_chatOpen = open; }
    bool chatOpen() const { return m_chatOpen; }
    void recordSuccess(const QDateTime &atUtc);
    void recordFailure();
    int consecutiveFailures() const { return m_failures; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

    // Milliseconds until the next cycle; `baseMs` overrides the settings (tests).
    int nextIntervalMs(int baseMs = 0) const;

private:
    bool m_chatOpen = false;
    int m_failures = 0;
    QDateTime m_lastSuccess;
};

} // namespace cd
