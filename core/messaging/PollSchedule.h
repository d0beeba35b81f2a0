#pragma once

#include <QDateTime>

namespace cd {

// The poll intervals of one desk (DeskPreferences; seconds there, milliseconds here).
struct PollIntervals
{
    int activeMs = 3000;          // right after a send, and while the open chat had activity recently
    int chatOpenMs = 10000;       // a chat open, nothing happening
    int idleMs = 60000;           // no chat open, or the window inactive
    int maxBackoffMs = 600000;    // failed cycles double the interval up to this cap
    int activeWindowMs = 180000;  // how long a send or a reply in the open chat keeps the active interval

    friend bool operator==(const PollIntervals &a, const PollIntervals &b)
    {
        return a.activeMs == b.activeMs && a.chatOpenMs == b.chatOpenMs && a.idleMs == b.idleMs &&
               a.maxBackoffMs == b.maxBackoffMs && a.activeWindowMs == b.activeWindowMs;
    }
};

// When to poll next, from what staff are doing: every few seconds right after a send and while the open chat is
// busy; the chat-open interval with a chat open; the idle interval otherwise or when the window is inactive. Each
// failed cycle doubles it up to the cap; the first success restores it. The messaging thread asks after every cycle.
class PollSchedule
{
public:
    static constexpr int MaxBackoffMs = 10 * 60 * 1000; // the default cap

    enum class Mode
    {
        Active,
        ChatOpen,
        Idle,
        Inactive
    };

    void setIntervals(const PollIntervals &intervals) { m_intervals = intervals; m_custom = true; }
    PollIntervals intervals() const;
    void setChatOpen(bool open) { m_chatOpen = open; }
    bool chatOpen() const { return m_chatOpen; }
    void setWindowActive(bool active) { m_windowActive = active; }
    // A send, or a reply in the open chat: the active interval for the next few minutes.
    void noteActivity(const QDateTime &atUtc) { m_lastActivity = atUtc; }
    void recordSuccess(const QDateTime &atUtc);
    void recordFailure();
    int consecutiveFailures() const { return m_failures; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

    Mode mode(const QDateTime &nowUtc) const;
    static const char *modeName(Mode mode);
    // The mode's interval at `nowUtc`, before back-off: what this desk wants (shared with the other desks).
    int baseIntervalMs(const QDateTime &nowUtc) const;
    // Milliseconds until the next cycle at `nowUtc`.
    int nextIntervalMs(const QDateTime &nowUtc) const;
    // The same with `baseMs` as the interval before back-off (tests); 0: from the mode, now.
    int nextIntervalMs(int baseMs = 0) const;

private:
    PollIntervals m_intervals;
    bool m_custom = false; // without setIntervals(), the settings' intervals
    bool m_chatOpen = false;
    bool m_windowActive = true;
    int m_failures = 0;
    QDateTime m_lastSuccess;
    QDateTime m_lastActivity;
};

} // namespace cd
