#pragma once

#include "core/messaging/PollSchedule.h"

#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace cd {
class CredentialsProvider;
class Database;
class MessagingSession;
} // namespace cd

namespace cd::ui {

// Lives in the messaging thread. The engine waits for Twilio in nested event loops, so a request that arrives
// meanwhile (a send, a timer tick) is only noted and served after the running step: never two engine calls at once.
class MessagingWorkerCore : public QObject
{
    Q_OBJECT
public:
    MessagingWorkerCore(std::shared_ptr<Database> database, std::shared_ptr<const CredentialsProvider> credentials,
                        QString phoneRegion);
    ~MessagingWorkerCore() override;

    void open();                    // in the thread: creates the session and the timer
    void sendNow(qint64 messageId); // queued from the GUI thread
    void runCycle();
    void setIntervalMs(int ms); // the normal interval; failed cycles stretch it (PollSchedule)
    void shutdown();

signals:
    void cycleFinished(int inbound, int statusUpdates, const QString &error);

private:
    void drain();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const CredentialsProvider> m_credentials;
    QString m_region;
    std::unique_ptr<MessagingSession> m_session;
    QTimer *m_timer = nullptr;
    PollSchedule m_schedule;
    int m_baseIntervalMs = 0;
    QSet<qint64> m_toSend;
    bool m_cycleWanted = false;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace cd::ui
