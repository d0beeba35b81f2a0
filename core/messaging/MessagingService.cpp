#include "core/messaging/MessagingService.h"

#include "core/common/AwaitCallback.h"
#include "core/common/Clock.h"
#include "core/messaging/GatewayFactory.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingThread.h"
#include "core/patients/PatientStore.h"
#include "core/settings/SettingsService.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcMessagingService, "clinicdesk.messaging.service")

namespace cd {

MessagingService::MessagingService(MessageStore &messages, PatientStore &patients,
                                   std::shared_ptr<const CredentialsProvider> credentials, Options options,
                                   QObject *parent, SettingsService *settings)
    : QObject(parent), m_messages(messages), m_patients(patients), m_credentials(std::move(credentials)),
      m_options(std::move(options)), m_settingsService(settings ? *settings : SettingsService::instance()),
      m_settings(m_settingsService.current())
{
    qRegisterMetaType<cd::SyncReport>();
    connect(&m_settingsService, &SettingsService::changed, this, &MessagingService::applySettings);
}

void MessagingService::applySettings(const SettingsSnapshot &snapshot)
{
    m_settings = std::make_shared<const SettingsSnapshot>(snapshot);
    if (m_outbox)
        m_outbox->setRules(rules());
    if (m_worker) {
        const ClinicPolicy policy = snapshot.policy();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, policy] { worker->setPolicy(policy); }, Qt::QueuedConnection);
    }
    applyInterval();
}

MessagingService::MessagingService(MessageStore &messages, PatientStore &patients,
                                   std::shared_ptr<const CredentialsProvider> credentials, QObject *parent)
    : MessagingService(messages, patients, std::move(credentials), Options{}, parent)
{
}

MessagingService::~MessagingService()
{
    stop();
}

Status<> MessagingService::start()
{
    if (m_thread)
        return Ok{};
    // Checked here, on the caller's thread, so that a half-configured account is refused at once; the transport
    // itself is made in the messaging thread.
    auto setup = GatewayFactory::senderFor(m_credentials);
    if (!setup) {
        m_configError = setup.error();
        return setup.error();
    }
    m_configError.reset();
    m_sender = *setup;
    m_outbox = std::make_unique<Outbox>(m_messages, m_patients, m_sender, m_options.outbox);
    m_outbox->setRules(rules());

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("clinicdesk-messaging"));
    m_worker = new MessagingThread(m_messages, m_patients, *m_outbox, m_credentials, m_options.pollAutomatically);
    m_worker->setPolicy(m_settings->policy());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MessagingThread::cycleReported, this, &MessagingService::onCycleReported);
    connect(m_worker, &MessagingThread::sendFinished, this, &MessagingService::sendFinished);
    connect(m_worker, &MessagingThread::cancelFinished, this, &MessagingService::cancelFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &MessagingThread::open, Qt::QueuedConnection);
    applyInterval();
    return Ok{};
}

void MessagingService::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &MessagingThread::shutdown, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_outbox.reset();
}

Status<> MessagingService::restart(std::shared_ptr<const CredentialsProvider> credentials)
{
    stop();
    m_credentials = std::move(credentials);
    const auto started = start();
    if (!started)
        qCWarning(lcMessagingService) << "messaging is off:" << started.error().code;
    emit restarted();
    return started;
}

SendAvailability MessagingService::availability(const std::optional<Patient> &patient) const
{
    return SendPolicy::availability(patient, rules(), m_configError);
}

SendPreview MessagingService::preview(qint64 patientId, const QString &typed) const
{
    auto first = m_messages.isFirstOutbound(patientId);
    return SendPolicy::preview(typed, first.value_or(false), rules());
}

Result<Message> MessagingService::send(qint64 patientId, const QString &body, const QueueOptions &options)
{
    if (m_configError)
        return *m_configError;
    if (!m_outbox)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    auto queued = m_outbox->queue(patientId, body, options);
    if (!queued)
        return queued.error();
    const qint64 id = queued->id;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->sendNow(id); }, Qt::QueuedConnection);
    return queued;
}

Result<Message> MessagingService::retry(const Message &failed)
{
    if (!failed.patientId)
        return makeError(QStringLiteral("send.no-patient"), tr("This message belongs to no patient."));
    return send(*failed.patientId, failed.body);
}

Result<Message> MessagingService::cancel(qint64 messageId)
{
    if (!m_outbox)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    auto message = m_messages.get(messageId);
    if (!message)
        return message.error();
    if (!Outbox::needsTransportToCancel(*message))
        return m_outbox->cancel(messageId); // a row of our own: no transport needed
    if (!m_worker)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, messageId] { worker->cancel(messageId); }, Qt::QueuedConnection);
    return message;
}

Result<Message> MessagingService::cancelAndWait(qint64 messageId)
{
    auto message = m_messages.get(messageId);
    if (!message)
        return message.error();
    if (!Outbox::needsTransportToCancel(*message) || !m_worker)
        return cancel(messageId);
    QString error;
    QObject waiting;
    awaitCallback<bool>([&](auto done) {
        connect(this, &MessagingService::cancelFinished, &waiting,
                [done, messageId, &error](qint64 finished, const QString &why) {
                    if (finished != messageId)
                        return;
                    error = why;
                    done(true);
                });
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, messageId] { worker->cancel(messageId); }, Qt::QueuedConnection);
    });
    if (!error.isEmpty())
        return makeError(QStringLiteral("twilio.cancel-failed"), error);
    return m_messages.get(messageId);
}

Result<Message> MessagingService::sendHeldNow(qint64 messageId)
{
    if (!m_outbox || !m_worker)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    auto released = m_outbox->releaseHeld(messageId);
    if (!released)
        return released.error();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, messageId] { worker->sendNow(messageId); }, Qt::QueuedConnection);
    return released;
}

Result<Message> MessagingService::sendAndWait(qint64 patientId, const QString &body)
{
    auto queued = send(patientId, body);
    if (!queued)
        return queued.error();
    // The worker sends it later (a queued call): connected before the loop runs, so the finish is never missed.
    // Interrupted (the process is quitting) or not, the answer is the message as stored now.
    QObject waiting; // the connection ends with the wait
    awaitCallback<bool>([&](auto done) {
        connect(this, &MessagingService::sendFinished, &waiting, [done, id = queued->id](qint64 finished) {
            if (finished == id)
                done(true);
        });
    });
    return m_messages.get(queued->id);
}

SyncReport MessagingService::syncAndWait()
{
    SyncReport report;
    if (m_configError || !m_worker) {
        report.error = makeTwilioError(TwilioError::Kind::Configuration,
                                       m_configError ? m_configError->message
                                                     : tr("Messaging has not started yet. Try again in a moment."));
        return report;
    }
    QObject waiting; // the connection ends with the wait
    auto answer = awaitCallback<SyncReport>([&](auto done) {
        connect(this, &MessagingService::cycleReported, &waiting, done);
        syncNow();
    });
    if (answer)
        return std::move(*answer);
    // The process is quitting before the cycle reported: say so rather than report an empty, clean cycle.
    report.error =
        makeTwilioError(TwilioError::Kind::OutcomeUnknown, tr("The sync ended before it finished. Run it again."));
    return report;
}

void MessagingService::setChatOpen(bool open)
{
    if (m_chatOpen == open)
        return;
    m_chatOpen = open;
    applyInterval();
}

void MessagingService::chatOpened()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &MessagingThread::chatOpened, Qt::QueuedConnection);
}

void MessagingService::clinicPaceRaised()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &MessagingThread::clinicPaceRaised, Qt::QueuedConnection);
}

void MessagingService::setWindowActive(bool active)
{
    if (m_windowActive == active)
        return;
    m_windowActive = active;
    applyInterval();
}

void MessagingService::applyInterval()
{
    if (!m_worker)
        return;
    const DeskPreferences desk = m_settings->desk();
    PollIntervals intervals;
    intervals.activeMs = qMax(1, desk.pollIntervalActiveSec) * 1000;
    intervals.chatOpenMs = qMax(1, desk.pollIntervalChatOpenSec) * 1000;
    intervals.idleMs = qMax(1, desk.pollIntervalIdleSec) * 1000;
    intervals.maxBackoffMs = qMax(intervals.idleMs, desk.pollBackoffCapSec * 1000);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, intervals, open = m_chatOpen, active = m_windowActive] {
            worker->setSchedule(intervals, open, active);
        },
        Qt::QueuedConnection);
}

void MessagingService::setFixedIntervalMs(int ms)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setIntervalMs(ms); },
                                  Qt::QueuedConnection);
}

void MessagingService::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &MessagingThread::runCycle, Qt::QueuedConnection);
}

void MessagingService::onCycleReported(const SyncReport &report)
{
    m_lastCycleAt = Clock::instance().nowUtc();
    if (report.ok())
        m_lastSuccessAt = m_lastCycleAt;
    m_lastError = report.errorMessage();
    emit cycleReported(report);
    emit cycleFinished(report.inbound, report.statusUpdates, m_lastError);
}

} // namespace cd
