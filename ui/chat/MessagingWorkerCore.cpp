#include "ui/chat/MessagingWorkerCore.h"

#include "core/common/Clock.h"
#include "core/messaging/MessagingSession.h"
#include "core/secrets/Credentials.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMessagingWorker, "clinicdesk.ui.messagingworker")

namespace cd::ui {

MessagingWorkerCore::MessagingWorkerCore(std::shared_ptr<Database> database,
                                         std::shared_ptr<const CredentialsProvider> credentials, QString phoneRegion)
    : m_database(std::move(database)), m_credentials(std::move(credentials)), m_region(std::move(phoneRegion))
{
}

MessagingWorkerCore::~MessagingWorkerCore() = default;

void MessagingWorkerCore::open()
{
    auto session = MessagingSession::open(m_database, m_credentials, m_region);
    if (!session) {
        qCWarning(lcMessagingWorker) << "messaging is off:" << session.error().message;
        emit cycleFinished(0, 0, session.error().message);
        return;
    }
    m_session = std::move(session.value());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true); // re-armed after every cycle with the schedule's next interval
    connect(m_timer, &QTimer::timeout, this, &MessagingWorkerCore::runCycle);
    // The first cycle right away: sends what an earlier run left pending and settles unknown outcomes.
    runCycle();
}

void MessagingWorkerCore::setIntervalMs(int ms)
{
    m_baseIntervalMs = qMax(500, ms);
    if (m_timer && !m_busy)
        m_timer->start(m_schedule.nextIntervalMs(m_baseIntervalMs));
}

void MessagingWorkerCore::sendNow(qint64 messageId)
{
    m_toSend.insert(messageId);
    drain();
}

void MessagingWorkerCore::runCycle()
{
    m_cycleWanted = true;
    drain();
}

void MessagingWorkerCore::shutdown()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    // Quitting the thread also ends the engine's nested waits: only when no step is running.
    if (!m_busy)
        QThread::currentThread()->quit();
}

void MessagingWorkerCore::drain()
{
    if (m_busy || !m_session || m_stopping)
        return; // the running step picks the request up when it returns
    m_busy = true;
    while (!m_stopping && (!m_toSend.isEmpty() || m_cycleWanted)) {
        if (!m_toSend.isEmpty()) {
            const qint64 id = *m_toSend.cbegin();
            m_toSend.remove(id);
            auto sent = m_session->outbox().sendNow(id);
            if (!sent)
                qCInfo(lcMessagingWorker) << "send" << id << "stopped:" << sent.error().message;
            continue;
        }
        m_cycleWanted = false;
        const SyncReport report = m_session->engine().runCycle();
        // Errors stretch the interval (up to 10 minutes) and the first success restores it: no hammering of a
        // network that is down, and recovery without anyone clicking anything.
        if (report.error)
            m_schedule.recordFailure();
        else
            m_schedule.recordSuccess(Clock::instance().nowUtc());
        emit cycleFinished(report.inbound, report.statusUpdates, report.error ? report.error->message : QString());
    }
    m_busy = false;
    if (m_stopping) {
        QThread::currentThread()->quit();
        return;
    }
    if (m_timer && m_baseIntervalMs > 0)
        m_timer->start(m_schedule.nextIntervalMs(m_baseIntervalMs));
}

} // namespace cd::ui
