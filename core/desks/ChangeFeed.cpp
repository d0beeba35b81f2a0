#include "core/desks/ChangeFeed.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFeed, "clinicdesk.feed")

namespace cd {

// The feed's thread: its own connection to the server, the periodic check and the notifications. It emits the
// feed's signals from this thread; receivers on the GUI thread get them queued, in order.
class ChangeListener : public QObject
{
public:
    ChangeListener(ChangeFeed *feed, std::shared_ptr<Database> database, int checkIntervalMs)
        : m_feed(feed), m_database(std::move(database)), m_checkIntervalMs(checkIntervalMs)
    {
    }

    void start()
    {
        m_feed->m_connected = subscribe();
        if (m_feed->m_connected)
            (void)noteAuditPosition(m_database->connection());
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &ChangeListener::check);
        timer->start(m_checkIntervalMs);
    }

    void stop() { m_database->closeThreadConnection(); }

private:
    bool subscribe()
    {
        QSqlDatabase db = m_database->connection(); // this thread's; reopens a dropped one
        if (!db.isOpen())
            return false;
        QSqlDriver *driver = db.driver();
        const QString channel = QString::fromLatin1(ChangeFeed::Channel);
        if (driver != m_driver) {
            if (m_driver)
                disconnect(m_driver, nullptr, this, nullptr);
            m_driver = driver;
            connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
        }
        if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
            qCWarning(lcFeed) << "cannot listen for changes from other desks";
            return false;
        }
        return true;
    }

    void check()
    {
        // connection() opens again (cleanly, forgetting old subscriptions) a connection that dropped. An idle one
        // learns of a server restart only at its next query: ask something cheap (where the audit trail ends, for
        // the replay below), and reconnect at once if that failed.
        QSqlDatabase db = m_database->connection();
        const QString channel = QString::fromLatin1(ChangeFeed::Channel);
        const bool listening =
            db.isOpen() && db.driver() == m_driver && db.driver()->subscribedToNotifications().contains(channel);
        bool alive =
            db.isOpen() && (listening ? noteAuditPosition(db) : Database::exec(db, QStringLiteral("SELECT 1")).ok());
        if (!alive) {
            db = m_database->connection();
            alive = db.isOpen();
        }
        bool resubscribed = false;
        if (alive && (db.driver() != m_driver || !db.driver()->subscribedToNotifications().contains(channel))) {
            alive = subscribe();
            resubscribed = alive;
        }
        if (alive != m_feed->m_connected.load()) {
            m_feed->m_connected = alive;
            qCInfo(lcFeed) << (alive ? "connection to the clinic database is back"
                                     : "connection to the clinic database lost");
            emit m_feed->connectionChanged(alive);
        }
        if (resubscribed) {
            // What other desks announced meanwhile was lost: every change to a patient's data left an audit row,
            // so those are told again precisely; the rest (message statuses) is re-read by the views.
            replayAuditSince(db);
            emit m_feed->resynced();
        }
    }

    // Where the audit trail ends while this connection listens: anything after it is heard, or replayed.
    bool noteAuditPosition(QSqlDatabase db)
    {
        auto last = Database::exec(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
        if (!last || !last->next())
            return false;
        m_lastAuditId = last->value(0).toLongLong();
        return true;
    }

    void replayAuditSince(QSqlDatabase db)
    {
        if (m_lastAuditId < 0) { // never connected before: nothing was missed, the views read everything anyway
            (void)noteAuditPosition(db);
            return;
        }
        // Bounded: after a very long outage the views' own re-read (resynced) covers what is left.
        auto rows = Database::exec(db,
                                   QStringLiteral("SELECT id, action, patient_id FROM audit_log WHERE id > ? AND "
                                                  "patient_id IS NOT NULL ORDER BY id LIMIT 20000"),
                                   {m_lastAuditId});
        if (!rows)
            return;
        QSet<QPair<QString, qint64>> told;
        qint64 last = m_lastAuditId;
        while (rows->next()) {
            last = rows->value(0).toLongLong();
            const QString topic = AuditLog::changeTopic(rows->value(1).toString());
            const QPair<QString, qint64> change{topic, rows->value(2).toLongLong()};
            if (topic.isEmpty() || told.contains(change))
                continue;
            told.insert(change);
            emit m_feed->changedElsewhere(change.first, change.second);
        }
        m_lastAuditId = last;
        if (!told.isEmpty())
            qCInfo(lcFeed) << "replayed" << told.size() << "change(s) made while disconnected";
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
    {
        if (name != QLatin1String(ChangeFeed::Channel) || source == QSqlDriver::SelfSource)
            return;
        // "topic:id:sender"; one NOTIFY per distinct payload per transaction (the server folds duplicates). What
        // this Database's own threads wrote was announced in-process already.
        const QStringList fields = payload.toString().split(QLatin1Char(':'));
        if (fields.size() > 2 && fields.at(2) == m_database->announcementSender())
            return;
        emit m_feed->changedElsewhere(fields.at(0), fields.size() > 1 ? fields.at(1).toLongLong() : 0);
    }

    ChangeFeed *m_feed;
    std::shared_ptr<Database> m_database;
    int m_checkIntervalMs;
    QSqlDriver *m_driver = nullptr;
    qint64 m_lastAuditId = -1; // the audit trail's end at the last check made while listening; -1: never seen
};

ChangeFeed::ChangeFeed(std::shared_ptr<Database> database, int checkIntervalMs, QObject *parent)
    : QObject(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("clinicdesk-change-feed"));
    auto *listener = new ChangeListener(this, std::move(database), checkIntervalMs);
    listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, listener, &QObject::deleteLater);
    m_thread->start();
    // The first attempt is waited for, as before the thread: callers read isConnected() right after.
    QMetaObject::invokeMethod(
        listener, [listener] { listener->start(); }, Qt::BlockingQueuedConnection);
    m_listener = listener;
}

ChangeFeed::~ChangeFeed()
{
    // The connection belongs to the feed's thread: closed there, then the thread ends (a reconnect in progress
    // finishes first, within the connect timeout).
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace cd
