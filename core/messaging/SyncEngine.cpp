#include "core/messaging/SyncEngine.h"

#include "core/common/Clock.h"
#include "core/desks/DeskIdentity.h"
#include "core/desks/DeskLease.h"
#include "core/desks/PollPace.h"
#include "core/messaging/CycleHooks.h"
#include "core/messaging/MediaFetcher.h"
#include "core/messaging/MessageStore.h"
#include "core/settings/ClinicPolicy.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "clinicdesk.sync")

namespace cd {

namespace {
const QString LastPollKey = QStringLiteral("last_poll_ok_at");
const QString LastErrorKey = QStringLiteral("last_poll_error");

// The poller's lease lasts one clinic poll interval (at least this long), and its holder renews it three times as
// often (MessagingThread): a desk that closes, hangs or loses the server is replaced within one interval.
constexpr qint64 MinLeaseMs = 3000;

// A fixed lease length in seconds from CLINICDESK_POLLER_LEASE_SEC (tests, IT's choice); 0: it follows the pace.
qint64 fixedPollerLeaseMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CLINICDESK_POLLER_LEASE_SEC", &ok);
    return ok && seconds >= 2 && seconds <= 600 ? seconds * qint64(1000) : 0;
}
} // namespace

SyncEngine::SyncEngine(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, Outbox &outbox,
                       QObject *parent)
    : QObject(parent), m_messages(messages), m_patients(patients), m_gateway(gateway), m_outbox(outbox),
      m_poller(std::make_unique<Poller>(messages, patients, gateway, outbox, outbox.sender())),
      m_media(std::make_unique<MediaFetcher>(messages, gateway))
{
    if (messages.database()->backend() == Database::Backend::Postgres) {
        const qint64 fixedMs = fixedPollerLeaseMs();
        m_fixedLease = fixedMs > 0;
        m_pollerLease = std::make_unique<DeskLease>(
            messages.database(), QString::fromLatin1(PollerLeaseName), DeskIdentity::processId(), DeskIdentity::label(),
            m_fixedLease ? fixedMs : std::max(m_wantedPollIntervalMs, MinLeaseMs));
        m_pace = std::make_unique<PollPace>(messages.database(), DeskIdentity::processId());
    }
}

SyncEngine::~SyncEngine()
{
    // A desk that closes hands polling over at once (the others' next cycle), not after the lease runs out.
    if (m_pollerLease)
        (void)m_pollerLease->release();
    if (m_pace)
        (void)m_pace->withdraw();
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
    std::optional<qint64> epoch;
    if (!unreachable && m_pollerLease) {
        // Every desk says how often it wants replies read; the poller reads as often as the busiest desk wants.
        if (auto pace = m_pace->publish(m_wantedPollIntervalMs); pace) {
            report.clinicPollIntervalMs = pace->clinicIntervalMs;
            if (!m_fixedLease)
                m_pollerLease->setTimeToLiveMs(std::max(pace->clinicIntervalMs, MinLeaseMs));
        }
        auto lease = m_pollerLease->acquire();
        if (!lease) {
            report.databaseError = lease.error();
        } else if (!lease->epoch) {
            report.pollerElsewhere = lease->holder.label;
            report.pollerLeaseRemainingMs = lease->holder.remainingMs;
        } else {
            epoch = lease->epoch;
        }
    }
    if (!unreachable && report.pollerElsewhere.isEmpty() && !report.databaseError) {
        // Fencing: every write of this poll checks, in its own transaction, that this desk still holds the lease
        // with this epoch. A desk that hung past its lease and was replaced writes nothing it read meanwhile.
        std::optional<Database::FencedWrites> fenced;
        if (epoch)
            fenced.emplace(*m_messages.database(), m_pollerLease->fence(*epoch));
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
        if (report.databaseError && report.databaseError->code == QLatin1String("lease.lost")) {
            // Not a fault: another desk reads for the clinic now (named at the next cycle).
            report.databaseError.reset();
            report.polled = false;
            report.pollerElsewhere = tr("another desk");
        }
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

bool SyncEngine::renewPollerLease()
{
    if (!m_pollerLease)
        return false;
    auto lease = m_pollerLease->acquire();
    return lease && lease->epoch;
}

qint64 SyncEngine::pollerLeaseTtlMs() const
{
    return m_pollerLease ? m_pollerLease->timeToLiveMs() : 0;
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
