#pragma once

#include "core/messaging/MediaStore.h"

#include <QDateTime>

namespace cd {

class MessageStore;
class SmsGateway;

// Stores every inbound MMS's media: reads the Media list of each message with num_media > 0 once, then downloads
// each item (Twilio's host with the account's credentials; a redirect to a storage host is followed WITHOUT them),
// capped in size, into the data folder. Runs after the replies are read and never fails the cycle: a failed item
// waits on its own back-off and says so in the bubble; the text is stored before any of this.
class MediaFetcher
{
public:
    MediaFetcher(MessageStore &messages, SmsGateway &gateway);

    struct Report
    {
        int listed = 0;
        int stored = 0;
        int failed = 0;
    };
    Report run();

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    static constexpr qint64 DefaultMaxBytes = 5 * 1024 * 1024; // Twilio's own cap per MMS is 5 MB
    static constexpr int MaxPerCycle = 10;                     // lists and downloads each; the rest next cycle
    // Back-off of a failed item: 1, 2, 4 … minutes, at most this.
    static constexpr int MaxBackoffMinutes = 6 * 60;

private:
    MessageStore &m_messages;
    SmsGateway &m_gateway;
    MediaStore m_store;
    qint64 m_maxBytes = DefaultMaxBytes;
};

} // namespace cd
