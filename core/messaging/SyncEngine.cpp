#include "core/messaging/SyncEngine.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "clinicdesk.sync")

namespace cd {

namespace {
const QString LastPollKey = QStringLiteral("last_poll_ok_at");
const QString LastErrorKey = QStringLiteral("last_poll_error");
} // namespace

SyncEngine::SyncEngine(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, SenderConfig sender,
                       Outbox::Options options, QObject *parent)
    : QObject(parent), m_messages(messages),
      m_outbox(std::make_unique<Outbox>(messages, patients, gateway, sender, std::move(options))),
      m_poller(std::make_unique<Poller>(messages, patients, gateway, *m_outbox, sender))
{
}

SyncEngine::~SyncEngine() = default;

SyncReport SyncEngine::runCycle()
{
    SyncReport report;
    const Outbox::FlushReport flushed = m_outbox->flush();
    report.sent = flushed.sent;
    report.settled = flushed.settled;
    report.failed = flushed.failed;
    report.error = flushed.stoppedBy;

    // Replies and receipts are read even when sending is blocked by a rate limit; not when the network is down.
    const bool unreachable = report.error && (report.error->kind == TwilioError::Kind::Network ||
                                              report.error->kind == TwilioError::Kind::Configuration);
    if (!unreachable) {
        auto inbound = m_poller->pollInbound();
        if (inbound)
            report.inbound = *inbound;
        else
            report.error = inbound.error();
        if (inbound) {
            auto statuses = m_poller->pollStatuses();
            if (statuses)
                report.statusUpdates = *statuses;
            else
                report.error = statuses.error();
        }
    }
    // Shared with other processes through the database, but an idle cycle should not cost a disk flush: the time
    // is written when the state changes or once a minute (the GUI's own engine has the exact value in memory).
    const QDateTime now = Clock::instance().nowUtc();
    const QString error = report.ok() ? QString() : report.error->message;
    if (!report.ok())
        // Not the detail: Twilio's own text there may quote a patient's number.
        qCInfo(lcSync).noquote() << "cycle stopped:" << report.error->message << "HTTP" << report.error->httpStatus
                                 << "code" << report.error->code.value_or(0);
    if (report.ok())
        m_lastSuccess = now;
    const bool errorChanged = error != m_lastErrorWritten;
    const bool pollDue = report.ok() && (!m_lastSuccessWritten.isValid() || m_lastSuccessWritten.secsTo(now) >= 60);
    if (errorChanged || pollDue) {
        (void)m_messages.database()->write([&](QSqlDatabase &tx) -> Status<> {
            const QString upsert = QStringLiteral("INSERT INTO messaging_state (name, value) VALUES (?, ?) "
                                                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
            if (pollDue) {
                if (auto done = Database::exec(tx, upsert, {LastPollKey, toDbTime(now)}); !done)
                    return done.error();
            }
            if (auto done = Database::exec(tx, upsert, {LastErrorKey, error}); !done)
                return done.error();
            return Ok{};
        });
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
