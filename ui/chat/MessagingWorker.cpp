#include "ui/chat/MessagingWorker.h"

#include "core/common/Clock.h"
#include "core/messaging/GatewayFactory.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/Outbox.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/MessagingWorkerCore.h"

#include <QThread>

namespace cd::ui {

MessagingWorker::MessagingWorker(std::shared_ptr<Database> database,
                                 std::shared_ptr<const CredentialsProvider> credentials, QString phoneRegion,
                                 QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_credentials(std::move(credentials)),
      m_region(std::move(phoneRegion))
{
}

MessagingWorker::~MessagingWorker()
{
    stop();
}

Status<> MessagingWorker::start()
{
    if (m_thread)
        return Ok{};
    m_patients = std::make_unique<PatientStore>(m_database, m_region);
    m_messages = std::make_unique<MessageStore>(m_database);
    // The GUI thread's own transport object is only used by Outbox::queue (which sends nothing); the worker
    // thread makes its own through MessagingSession.
    auto setup = makeGateway(m_credentials, m_database);
    if (!setup) {
        m_configError = setup.error();
        return setup.error();
    }
    m_configError.reset();
    m_setup = std::make_unique<GatewaySetup>(std::move(setup.value()));
    m_demo = m_setup->sender.demo;
    m_outbox = std::make_unique<Outbox>(*m_messages, *m_patients, *m_setup->gateway, m_setup->sender);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("clinicdesk-messaging"));
    m_core = new MessagingWorkerCore(m_database, m_credentials, m_region);
    m_core->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    connect(m_core, &MessagingWorkerCore::cycleFinished, this, &MessagingWorker::onCycleFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_core, &MessagingWorkerCore::open, Qt::QueuedConnection);
    applyInterval();
    return Ok{};
}

void MessagingWorker::stop()
{
    if (!m_thread)
        return;
    // Let the step in progress finish (a send is never cut in half by closing the window).
    QMetaObject::invokeMethod(m_core, &MessagingWorkerCore::shutdown, Qt::QueuedConnection);
    m_thread->wait();
    m_thread = nullptr;
    m_core = nullptr;
}

Status<> MessagingWorker::restart(std::shared_ptr<const CredentialsProvider> credentials)
{
    stop();
    m_outbox.reset();
    m_setup.reset();
    m_credentials = std::move(credentials);
    const auto started = start();
    emit restarted();
    return started;
}

Result<Message> MessagingWorker::send(qint64 patientId, const QString &body)
{
    if (m_configError)
        return *m_configError;
    if (!m_outbox)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    auto queued = m_outbox->queue(patientId, body);
    if (!queued)
        return queued.error();
    m_messages->notifyChanged(queued->id, patientId);
    const qint64 id = queued->id;
    QMetaObject::invokeMethod(
        m_core, [core = m_core, id] { core->sendNow(id); }, Qt::QueuedConnection);
    return queued;
}

Result<Message> MessagingWorker::retry(const Message &failed)
{
    if (!failed.patientId)
        return makeError(QStringLiteral("send.no-patient"), tr("This message belongs to no patient."));
    return send(*failed.patientId, failed.body);
}

void MessagingWorker::setChatOpen(bool open)
{
    if (m_chatOpen == open)
        return;
    m_chatOpen = open;
    applyInterval();
}

void MessagingWorker::applyInterval()
{
    if (!m_core)
        return;
    const int seconds = m_chatOpen ? AppSettings::pollIntervalChatOpenSec() : AppSettings::pollIntervalIdleSec();
    const int ms = qMax(1, seconds) * 1000;
    QMetaObject::invokeMethod(
        m_core, [core = m_core, ms] { core->setIntervalMs(ms); }, Qt::QueuedConnection);
}

void MessagingWorker::syncNow()
{
    if (m_core)
        QMetaObject::invokeMethod(m_core, &MessagingWorkerCore::runCycle, Qt::QueuedConnection);
}

void MessagingWorker::onCycleFinished(int inbound, int statusUpdates, const QString &error)
{
    m_lastCycleAt = Clock::instance().nowUtc();
    if (error.isEmpty())
        m_lastSuccessAt = m_lastCycleAt;
    m_lastError = error;
    emit cycleFinished(inbound, statusUpdates, error);
}

} // namespace cd::ui
