#include "core/desks/ChangeFeed.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFeed, "clinicdesk.feed")

namespace cd {

ChangeFeed::ChangeFeed(std::shared_ptr<Database> database, int checkIntervalMs, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    m_connected = subscribe();
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::check);
    m_timer->start(checkIntervalMs);
}

ChangeFeed::~ChangeFeed() = default;

bool ChangeFeed::subscribe()
{
    QSqlDatabase db = m_database->connection(); // reopens a dropped connection
    if (!db.isOpen())
        return false;
    QSqlDriver *driver = db.driver();
    const QString channel = QString::fromLatin1(Channel);
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    }
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        qCWarning(lcFeed) << "cannot listen for changes from other desks";
        return false;
    }
    return true;
}

void ChangeFeed::check()
{
    // connection() opens again (cleanly, forgetting old subscriptions) a connection that dropped. An idle one learns
    // of a server restart only at its next query: ask something cheap, and reconnect at once if that failed.
    QSqlDatabase db = m_database->connection();
    bool alive = db.isOpen() && Database::exec(db, QStringLiteral("SELECT 1")).ok();
    if (!alive) {
        db = m_database->connection();
        alive = db.isOpen();
    }
    const QString channel = QString::fromLatin1(Channel);
    bool resubscribed = false;
    if (alive && (db.driver() != m_driver || !db.driver()->subscribedToNotifications().contains(channel))) {
        alive = subscribe();
        resubscribed = alive;
    }
    if (alive != m_connected) {
        m_connected = alive;
        qCInfo(lcFeed) << (alive ? "connection to the clinic database is back"
                                 : "connection to the clinic database lost");
        emit connectionChanged(alive);
    }
    if (resubscribed)
        emit resynced(); // what other desks announced meanwhile was lost: re-read
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
        return;
    // "topic:id:sender"; one NOTIFY per distinct payload per transaction (the server folds duplicates). What this
    // Database's other threads wrote (the messaging thread) was announced in-process already.
    const QStringList fields = payload.toString().split(QLatin1Char(':'));
    if (fields.size() > 2 && fields.at(2) == m_database->announcementSender())
        return;
    emit changedElsewhere(fields.at(0), fields.size() > 1 ? fields.at(1).toLongLong() : 0);
}

} // namespace cd
