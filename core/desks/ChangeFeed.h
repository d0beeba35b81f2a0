#pragma once

#include <QObject>
#include <QSqlDriver>

#include <memory>

class QTimer;

namespace cd {

class Database;

// Live updates between desks on a shared PostgreSQL server. Every write that another desk must see announces itself
// (Database::announce, a NOTIFY sent on COMMIT); the feed listens on this thread's connection and says what
// changed elsewhere. A NOTIFY means "re-read", never the data itself: notifications sent while the connection was
// down are lost for good, so after a reconnect the feed reports resynced() and views re-read what they show.
//
// Qt never signals a dropped connection: the feed checks it every few seconds (isOpen() on the listener costs
// nothing; a half-open link is cut by the TCP keepalives set on every connection).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Channel = "clinicdesk_changes";

    explicit ChangeFeed(std::shared_ptr<Database> database, int checkIntervalMs = 3000, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isConnected() const { return m_connected; }

signals:
    // Another desk committed a change of `topic` ("messages", "patient", "intake", "appointment", "presence") for
    // `id` (a patient id; 0 when none).
    void changedElsewhere(const QString &topic, qint64 id);
    // The server connection went away (false) or came back (true). Desks keep working on what they can.
    void connectionChanged(bool connected);
    // After a reconnect: anything may have changed meanwhile.
    void resynced();

private:
    void check();
    bool subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    std::shared_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
    QSqlDriver *m_driver = nullptr;
    bool m_connected = false;
};

} // namespace cd
