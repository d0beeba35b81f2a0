#pragma once

namespace cd {

// What one front-desk computer may choose for itself: how often it polls, how long it waits for Twilio,
// what its notifications show. Never shared between desks.
struct DeskPreferences
{
    int pollIntervalChatOpenSec = 10;
    int pollIntervalIdleSec = 60;
    int pollIntervalActiveSec = 3; // right after a send, and while the open chat is busy
    int pollBackoffCapSec = 600;   // the longest wait after failed cycles
    int requestTimeoutSec = 20;
    bool notificationShowsText = false;

    friend bool operator==(const DeskPreferences &a, const DeskPreferences &b)
    {
        return a.pollIntervalChatOpenSec == b.pollIntervalChatOpenSec &&
               a.pollIntervalIdleSec == b.pollIntervalIdleSec && a.pollIntervalActiveSec == b.pollIntervalActiveSec &&
               a.pollBackoffCapSec == b.pollBackoffCapSec && a.requestTimeoutSec == b.requestTimeoutSec &&
               a.notificationShowsText == b.notificationShowsText;
    }
    friend bool operator!=(const DeskPreferences &a, const DeskPreferences &b) { return !(a == b); }
};

} // namespace cd
