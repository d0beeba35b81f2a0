#include "core/messaging/MessagingThread.h"

#include "core/common/Clock.h"
#include "core/messaging/MessagingSession.h"
#include "core/secrets/Credentials.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMessagingThread, "clinicdesk.messaging.thread")

namespace cd {

MessagingThread::MessagingThread(MessageStore &messages, PatientStore &patients, Outbox &outbox,
                                 std::shared_ptr<const CredentialsProvider> credentials, bool pollAutomatically)
    : m_messages(messages), m_patients(patients), m_outbox(outbox), m_credentials(std::move(credentials)),
      m_pollAutomatically(pollAutomatically)
{
}

MessagingThread::~MessagingThread() = default;

void MessagingThread::open()
{
    // The transport is made here so that its network objects belong to this thread.
    auto session = MessagingSession::attach(m_messages, m_patients, m_outbox, m_credentials);
    if (!session) {
        qCWarning(lcMessagingThread) << "messaging is off:" << session.error().code;
        m_openError.error = makeTwilioError(TwilioError::Kind::Configuration, session.error().message);
        emit cycleReported(m_openError);
        return;
    }
    m_session = std::move(session.value());
    m_session->engine().setPolicy(m_policy);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true); // re-armed after every cycle with the schedule's next interval
    connect(m_timer, &QTimer::timeout, this, &MessagingThread::runCycle);
    // The clinic's poller renews its lease between cycles: the lease lasts one poll interval, so that a desk that
    // died is replaced within one, and renewing three times as often keeps it while this desk lives.
    m_leaseTimer = new QTimer(this);
    connect(m_leaseTimer, &QTimer::timeout, this, [this] {
        if (!m_busy && m_session && !m_stopping && m_holdsPollerLease)
            m_holdsPollerLease = m_session->engine().renewPollerLease();
        if (!m_holdsPollerLease)
            m_leaseTimer->stop();
    });
    // The first cycle right away: sends what an earlier run left pending and settles unknown outcomes.
    if (m_pollAutomatically)
        runCycle();
    else
        drain(); // requests that arrived before the transport was ready
}

void MessagingThread::setIntervalMs(int ms)
{
    m_baseIntervalMs = qMax(500, ms);
    rearm();
}

void MessagingThread::setSchedule(const PollIntervals &intervals, bool chatOpen, bool windowActive)
{
    m_schedule.setIntervals(intervals);
    m_schedule.setChatOpen(chatOpen);
    m_schedule.setWindowActive(windowActive);
    m_scheduled = true;
    rearm();
}

void MessagingThread::chatOpened()
{
    // Switching between patients quickly must not turn into a request per click.
    const QDateTime now = Clock::instance().nowUtc();
    if (m_lastCycleStart.isValid() && m_lastCycleStart.msecsTo(now) < 1500)
        return;
    runCycle();
}

int MessagingThread::baseIntervalMs() const
{
    return m_baseIntervalMs > 0 ? m_baseIntervalMs : m_schedule.baseIntervalMs(Clock::instance().nowUtc());
}

int MessagingThread::nextIntervalMs() const
{
    int base = baseIntervalMs();
    // Polling for the clinic: as often as the busiest desk wants (its chat is open), not only this one.
    if (m_holdsPollerLease && m_clinicIntervalMs > 0)
        base = int(std::min<qint64>(base, m_clinicIntervalMs));
    return m_schedule.nextIntervalMs(base);
}

void MessagingThread::rearm()
{
    if (m_timer && !m_busy && m_pollAutomatically && (m_baseIntervalMs > 0 || m_scheduled)) {
        int interval = nextIntervalMs();
        // Another desk polls for the clinic: wake when its lease would run out, to take over from a desk that died.
        if (m_pollerLeaseRemainingMs > 0)
            interval = int(std::min<qint64>(interval, m_pollerLeaseRemainingMs + 500));
        m_timer->start(interval);
    }
}

void MessagingThread::clinicPaceRaised()
{
    if (m_holdsPollerLease)
        chatOpened(); // the same guard against a burst of requests
}

void MessagingThread::setPolicy(const ClinicPolicy &policy)
{
    m_policy = policy;
    if (m_session)
        m_session->engine().setPolicy(policy);
}

void MessagingThread::sendNow(qint64 messageId)
{
    if (!m_session && !m_stopping) {
        // The transport could not be made: the text stays pending (it goes out after a restart); say so at once
        // so that nobody waits for it.
        emit sendFinished(messageId);
        return;
    }
    if (!m_toSend.contains(messageId))
        m_toSend.append(messageId); // in the order they were written
    drain();
}

void MessagingThread::cancel(qint64 messageId)
{
    if (!m_session && !m_stopping) {
        emit cancelFinished(messageId, tr("Messaging is off, so Twilio cannot be asked to cancel it."));
        return;
    }
    m_toCancel.append(messageId);
    drain();
}

void MessagingThread::runCycle()
{
    if (!m_session && !m_stopping) {
        emit cycleReported(m_openError);
        return;
    }
    m_cycleWanted = true;
    drain();
}

void MessagingThread::shutdown()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (m_leaseTimer)
        m_leaseTimer->stop();
    // Quitting the thread also ends the engine's nested waits: only when no step is running.
    if (!m_busy)
        finish();
}

void MessagingThread::finish()
{
    // The transport goes in its own thread, before the thread ends.
    m_session.reset();
    QThread::currentThread()->quit();
}

void MessagingThread::drain()
{
    if (m_busy || !m_session || m_stopping)
        return; // the running step picks the request up when it returns
    m_busy = true;
    while (!m_stopping && (!m_toSend.isEmpty() || !m_toCancel.isEmpty() || m_cycleWanted)) {
        if (!m_toCancel.isEmpty()) {
            const qint64 id = m_toCancel.takeFirst();
            const auto canceled = m_session->outbox().cancel(id);
            emit cancelFinished(id, canceled ? QString() : canceled.error().message);
            continue;
        }
        if (!m_toSend.isEmpty()) {
            const qint64 id = m_toSend.takeFirst();
            auto sent = m_session->outbox().sendNow(id);
            if (!sent)
                qCInfo(lcMessagingThread) << "send" << id << "stopped:" << sent.error().code;
            m_schedule.noteActivity(Clock::instance().nowUtc()); // its receipt comes within seconds
            emit sendFinished(id);
            continue;
        }
        m_cycleWanted = false;
        m_lastCycleStart = Clock::instance().nowUtc();
        m_session->engine().setWantedPollIntervalMs(baseIntervalMs());
        const SyncReport report = m_session->engine().runCycle();
        m_clinicIntervalMs = report.clinicPollIntervalMs;
        m_pollerLeaseRemainingMs = report.pollerElsewhere.isEmpty() ? 0 : report.pollerLeaseRemainingMs;
        m_holdsPollerLease = report.pollerElsewhere.isEmpty() && !report.databaseError;
        if (const qint64 ttl = m_session->engine().pollerLeaseTtlMs(); ttl > 0 && m_holdsPollerLease)
            m_leaseTimer->start(int(std::max<qint64>(500, ttl / 3)));
        else
            m_leaseTimer->stop();
        // A reply while a chat is open: the conversation is live, the next one is likely soon.
        if (report.inbound > 0 && m_schedule.chatOpen())
            m_schedule.noteActivity(Clock::instance().nowUtc());
        // Errors stretch the interval (up to 10 minutes) and the first success restores it: no hammering of a
        // network that is down, and recovery without anyone clicking anything. Only reading replies counts: a send
        // that fails never slows reply polling.
        if (report.pollingOk())
            m_schedule.recordSuccess(Clock::instance().nowUtc());
        else
            m_schedule.recordFailure();
        emit cycleReported(report);
    }
    m_busy = false;
    if (m_stopping) {
        finish();
        return;
    }
    rearm();
}

} // namespace cd
