#pragma once

#include "core/desks/DeskPresence.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace cd {

class Database;

// What the chat shows of the other desks ("Maria is typing…", "Maria replied 10 s ago") and what this desk tells
// them. Reads a conversation's presence once when asked or when another desk announces a change ("presence" on the
// ChangeFeed), then ages it locally, so the label can count seconds without a query each time.
class PresenceWatch : public QObject
{
    Q_OBJECT
public:
    // Typing is reported at most once per this interval per conversation (every keystroke would be a write).
    static constexpr qint64 TypingThrottleMs = 5000;

    PresenceWatch(std::shared_ptr<Database> database, QString deskId, QObject *parent = nullptr);

    // This desk's user typed in / sent to this patient's conversation.
    void typing(qint64 patientId);
    void replied(qint64 patientId);
    // The other desks' activity in this conversation now, in words; empty when none.
    QString describe(qint64 patientId);
    // Another desk announced a change (0: anything may have changed, after a reconnect): re-read and tell views.
    void reload(qint64 patientId);
    // While the server is away nothing is reported or read (each try would wait for a connection attempt).
    void setOnline(bool online) { m_online = online; }

signals:
    void changed(qint64 patientId);

private:
    struct Seen
    {
        QList<DeskPresence::Entry> entries;
        QElapsedTimer readAt;
    };
    QString staffName() const;
    void report(qint64 patientId, DeskPresence::Activity activity);

    DeskPresence m_presence;
    QHash<qint64, Seen> m_seen;
    QHash<qint64, QElapsedTimer> m_lastTyping;
    bool m_online = true;
};

} // namespace cd
