#include "core/messaging/SyncEngine.h"

#include "core/common/Clock.h"
#include "core/desks/DeskIdentity.h"
#include "core/desks/DeskLease.h"
#include "core/messaging/CycleHooks.h"
#include "core/messaging/MediaFetcher.h"
#include "core/messaging/MessageStore.h"
#include "core/settings/ClinicPolicy.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "clinicdesk.sync")

namespace cd {

namespace {
const QString LastPollKey = QStringLiteral("last_poll_ok_at");
const QString LastErrorKey = QStringLiteral("last_poll_error");

// Long enough to outlast a slow Twilio request (20 s) between renewals, short enough that a desk that died is
// replaced within an idle poll interval (60 s). CLINICDESK_POLLER_LEASE_SEC shortens it (tests, IT's choice).
qint64 pollerLeaseMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CLINICDESK_POLLER_LEASE_SEC", &ok);
    return (ok && seconds >= 2 && seconds <= 600 ? seconds : 30) * qint64(1000);
}
} // namespace

SyncEngine::SyncEngine(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, Outbox &outbox,
                       QObject *parent)
    : QObject(parent), m_messages(messages), m_patients(patients), m_gateway(gateway), m_outbox(outbox),
      m_poller(std::make_unique<Poller>(messages, patients, gateway, outbox, outbox.sender())),
      m_media(std::make_unique<MediaFetcher>(messages, gateway))
{
    if (messages.database()->backend() == Database::Backend::Postgres)
        m_pollerLease = std::make_unique<DeskLease>(messages.database(), QString::fromLatin1(PollerLeaseName),
                                                    DeskIdentity::processId(), DeskIdentity::label(), pollerLeaseMs());
}

SyncEngine::~SyncEngine()
{
    // A desk that closes hands polling over at once (the others' next cycle), not after the lease runs out.
    if (m_pollerLease)
        (void)m_pollerLease->release();
}

void SyncEngine::setPolicy(const ClinicPolicy &policy)
{
    m_poller->setNoReceiptAfterHours(policy.noReceiptAfterHours);
    m_outbox.setChatExpiryHours(policy.chatExpiryHours);
}

SyncReport SyncEngine::runCycle()
{
    SyncReport report;
    CycleContext hooks{m_messages, m_patients, m_gateway, m_outbox};
    CycleHooks::runCycleHooks(hooks); // appointment reminders: a cancel waiting for the connection goes first
    const Outbox::FlushReport flushed = m_outbox.flush();
    report.sent = flushed.sent;
    report.settled = flushed.settled;
    report.failed = flushed.failed;
    report.error = flushed.stoppedBy;
    report.rowErrors = flushed.rowErrors;
    if (flushed.rowError)
        qCInfo(lcSync).noquote() << flushed.rowErrors
                                 << "message(s) wait on their own back-off, last:" << flushed.rowError->message
                                 << "HTTP" << flushed.rowError->httpStatus << "code"
                                 << flushed.rowError->code.value_or(0);

    // Replies and receipts are read even when sending is blocked by a rate limit; not when the network is down.
    const bool unreachable = report.error && (report.error->kind == TwilioError::Kind::Network ||
                                              report.error->kind == TwilioError::Kind::Configuration);
    if (!unreachable && m_pollerLease) {
        auto lease = m_pollerLease->acquire();
        if (!lease) {
            report.databaseError = lease.error();
        } else if (!lease->epoch) {
            report.pollerElsewhere = lease->holder.label;
            report.pollerLeaseRemainingMs = lease->holder.remainingMs;
        }
    }
    if (!unreachable && report.pollerElsewhere.isEmpty() && !report.databaseError) {
        const auto stoppedBy = [&report](const PollStop &stop) {
            if (stop.twilio)
                report.error = stop.twilio;
            report.databaseError = stop.database;
        };
        auto inbound = m_poller->pollInbound();
        if (inbound)
            report.inbound = *inbound;
        else
            stoppedBy(inbound.error());
        if (inbound) {
            auto statuses = m_poller->pollStatuses();
            if (statuses)
                report.statusUpdates = *statuses;
            else
                stoppedBy(statuses.error());
            report.polled = bool(statuses);
        }
        // Photos after the texts and receipts: a slow or failing download never holds up a reply.
        if (report.polled)
            report.mediaStored = m_media->run().stored;
    }
    // Shared with other processes through the database, but an idle cycle should not cost a disk flush: the time
    // is written when the state changes or once a minute (the GUI's own engine has the exact value in memory).
    const QDateTime now = Clock::instance().nowUtc();
    const QString error = report.errorMessage();
    if (report.databaseError)
        qCWarning(lcSync).noquote() << "cycle stopped by the database:" << report.databaseError->code;
    else if (report.error)
        // Not the detail: Twilio's own text there may quote a patient's number.
        qCInfo(lcSync).noquote() << "cycle stopped:" << report.error->message << "HTTP" << report.error->httpStatus
                                 << "code" << report.error->code.value_or(0);
    if (report.ok())
        m_lastSuccess = now;
    const bool errorChanged = error != m_lastErrorWritten;
    const bool pollDue = report.ok() && (!m_lastSuccessWritten.isValid() || m_lastSuccessWritten.secsTo(now) >= 60);
    if (errorChanged || pollDue) {
        QList<QPair<QString, QString>> values{{LastErrorKey, error}};
        if (pollDue)
            values.prepend({LastPollKey, toDbTime(now)});
        (void)m_messages.setStateValues(values);
        m_lastErrorWritten = error;
        if (pollDue)
            m_lastSuccessWritten = now;
    }
    return report;
}

QDateTime SyncEngine::lastSuccess() const
{
    return m_lastSuccess;
}

QDateTime SyncEngine::lastSuccessfulPoll(MessageStore &messages)
{
    auto value = messages.stateValue(LastPollKey);
    return value ? fromDbTime(*value) : QDateTime();
}

QString SyncEngine::lastPollError(MessageStore &messages)
{
    auto value = messages.stateValue(LastErrorKey);
    return value ? *value : QString();
}

} // namespace cd
