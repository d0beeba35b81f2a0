#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cd {

class Database;
class ChangeListener;

// Live updates between desks on a shared PostgreSQL server. Every write that another desk must see announces itself
// (Database::announce, a NOTIFY sent on COMMIT); the feed listens and says what changed elsewhere. A NOTIFY means
// "re-read", never the data itself: notifications sent while the connection was down are lost for good, so after a
// reconnect the feed tells again every change to a patient's data made meanwhile (each left an audit row, read
// from where the trail ended at the last check before the outage), then reports resynced() and views re-read what
// they show.
//
// Qt never signals a dropped connection: the feed checks it every few seconds (isOpen() on the listener costs
// nothing; a half-open link is cut by the TCP keepalives set on every connection). The listening connection, its
// checks and its reconnects live on a thread of their own: a server that does not answer blocks that thread for
// the connect timeout, never the window. The signals arrive on the thread that made the feed.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Channel = "clinicdesk_changes";

    // Returns once the first attempt to listen has finished (isConnected() tells how it went).
    explicit ChangeFeed(std::shared_ptr<Database> database, int checkIntervalMs = 3000, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isConnected() const { return m_connected.load(); }

signals:
    // Another desk committed a change of `topic` ("messages", "patient", "consent", "intake", "appointment",
    // "presence", "settings", "pace", "conversation") for `id` (a patient id; 0 when none; for "conversation" 0 is
    // the unmatched list).
    void changedElsewhere(const QString &topic, qint64 id);
    // The server connection went away (false) or came back (true). Desks keep working on what they can.
    void connectionChanged(bool connected);
    // After a reconnect: anything may have changed meanwhile.
    void resynced();

private:
    friend class ChangeListener;
    std::atomic<bool> m_connected{false};
    QThread *m_thread = nullptr;
    ChangeListener *m_listener = nullptr; // lives on m_thread
};

} // namespace cd
