#include "core/messaging/Outbox.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/messaging/BodyMatch.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/SendPolicy.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "core/sms/SegmentInfo.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioClock.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

Q_LOGGING_CATEGORY(lcOutbox, "clinicdesk.outbox")

namespace cd {

namespace {

// The error of the measured offset (whole-second Date headers, the answer's travel) and Twilio's own clocks.
constexpr qint64 ClockSlackSec = 10 * 60;
// When the offset was not known at the claim: the desk's clock may have been changed since by up to an hour.
constexpr qint64 UnmeasuredSlackSec = 65 * 60;
constexpr int SettlePages = 5;

// A claim token names host and pid so an abandoned row can be recognised as soon as its process is gone.
bool claimantIsDead(const QString &claimedBy)
{
#ifdef Q_OS_UNIX
    const QStringList parts = claimedBy.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(claimedBy);
    return false;
#endif
}

std::atomic<int> liveOutboxes{0};

} // namespace

Outbox::Outbox(MessageStore &messages, PatientStore &patients, SenderConfig sender, Options options)
    : m_messages(messages), m_patients(patients), m_sender(std::move(sender)), m_options(std::move(options))
{
    ++liveOutboxes;
}

Outbox::Outbox(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, SenderConfig sender,
               Options options)
    : Outbox(messages, patients, std::move(sender), std::move(options))
{
    m_gateway = &gateway;
}

Outbox::~Outbox()
{
    --liveOutboxes;
}

int Outbox::liveInstances()
{
    return liveOutboxes.load();
}

QString Outbox::processToken()
{
    static const QString token = QStringLiteral("%1:%2:%3")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return token;
}

QString Outbox::optedOutText(const Patient &patient)
{
    return tr("Not sent: %1 has opted out of text messages (they replied STOP). They can text START to the clinic "
              "number to receive messages again.")
        .arg(patient.fullName());
}

void Outbox::checkpoint(const char *point) const
{
    if (m_options.checkpoint)
        m_options.checkpoint(point);
}

Result<Message> Outbox::queue(qint64 patientId, const QString &rawBody, const QueueOptions &options)
{
    if (options.channel != Channel::Sms)
        return makeError(QStringLiteral("send.channel-unavailable"),
                         tr("This desk cannot send e-mail yet: only text messages can be queued. Send the link by "
                            "text message instead."));
    auto patient = m_patients.get(patientId);
    if (!patient)
        return patient.error();
    const SendRules rules = m_rules;
    if (const SendAvailability who = SendPolicy::availability(*patient, rules); !who.canSend())
        return who.toError();

    Message message;
    message.patientId = patientId;
    message.direction = Message::Direction::Outbound;
    message.status = MessageStatus::Pending;
    message.toNumber = patient->phoneE164;
    message.fromNumber = m_sender.sendingNumber();
    message.isDemo = m_sender.demo;
    message.createdAt = Clock::instance().nowUtc();
    message.updatedAt = message.createdAt;
    message.channel = options.channel;
    message.purpose = options.purpose;
    message.purposeRef = options.purposeRef;
    message.dueAt = options.dueAt;
    message.expiresAt = options.expiresAt;
    message.scheduledFor = options.scheduleAtTwilio;

    qint64 id = 0;
    bool existed = false;
    auto written = m_messages.write([&](MessageWrite &tx) -> Status<> {
        if (options.oncePerRef && !options.purposeRef.isEmpty()) {
            auto found = Database::exec(tx.sql(),
                                        QStringLiteral("SELECT id FROM messages WHERE purpose = ? AND purpose_ref = ?"),
                                        {options.purpose, options.purposeRef});
            if (!found)
                return found.error();
            if (found->next()) {
                id = found->value(0).toLongLong();
                existed = true;
                return Ok{};
            }
        }
        // The first message to a patient says how to opt out (unless the text already does). Checked inside the
        // write transaction so two desks composing at once agree on which message is first.
        auto first = tx.isFirstOutbound(patientId);
        if (!first)
            return first.error();
        const SendPreview preview = SendPolicy::preview(rawBody, *first, rules);
        if (preview.problem)
            return *preview.problem;
        message.body = preview.body;
        message.segments = preview.segments.segments; // until Twilio reports its count
        auto inserted = tx.insert(message);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        // The audit row carries no message text (it may hold health details).
        return AuditLog::record(tx.sql(), QStringLiteral("message.queued"), patientId,
                                QStringLiteral("message %1, %2 characters").arg(id).arg(message.body.size()));
    });
    if (!written)
        return written.error();
    if (existed)
        return m_messages.get(id);
    message.id = id;
    checkpoint("queued");
    return message;
}

bool Outbox::claim(qint64 id)
{
    // The attempt on Twilio's clock, when an earlier answer measured it: the lookup window of a lost answer.
    const QDateTime atTwilio = TwilioClock::offsetMs() ? TwilioClock::nowAtTwilio() : QDateTime();
    auto claimed = m_messages.claim(id, processToken(), atTwilio, qint64(m_options.staleSendingSec) * 1000);
    return claimed && *claimed;
}

Result<Message> Outbox::sendNow(qint64 messageId)
{
    auto message = m_messages.get(messageId);
    if (!message)
        return message.error();
    if (message->status != MessageStatus::Pending)
        return message; // someone else has it, or it is done
    if (message->channel != Channel::Sms || (message->dueAt.isValid() && message->dueAt > Clock::instance().nowUtc()))
        return message; // another channel's transport sends it, or it is not due yet
    if (!m_gateway)
        return makeError(QStringLiteral("send.not-ready"), tr("Messaging has not started yet. Try again in a moment."));
    m_lastError.reset();
    m_lastSendWasMine = false;

    // An opt-out that arrived after the message was queued: refuse locally (Twilio would answer 21610).
    if (message->patientId) {
        if (auto patient = m_patients.get(*message->patientId); patient && patient->isOptedOut()) {
            m_lastSendWasMine = true;
            (void)m_messages.markFailed(messageId, 21610, optedOutText(*patient), MessageStatus::Pending);
            return m_messages.get(messageId);
        }
    }
    checkpoint("loaded");
    if (!TwilioClock::offsetMs() && !m_gateway->isDemo()) {
        // This process has not heard from Twilio yet: one small list first measures the desk's clock, so the
        // attempt is known on Twilio's clock should the create's answer be lost. Its failure changes nothing.
        MessageListFilter filter;
        filter.to = message->toNumber;
        filter.pageSize = 1;
        (void)awaitGateway<TwilioMessagePage>([&](TwilioCallback<TwilioMessagePage> done) {
            m_gateway->listMessages(filter, QString(), std::move(done));
        });
    }
    if (!claim(messageId))
        return m_messages.get(messageId); // another process (the GUI or a CLI job) is sending it
    m_lastSendWasMine = true;
    checkpoint("claimed");

    SendMessageRequest request;
    request.to = message->toNumber;
    request.body = message->body;
    if (!m_sender.sendingNumber().isEmpty())
        request.from = m_sender.sendingNumber();
    else
        request.messagingServiceSid = m_sender.messagingServiceSid;
    if (message->scheduledFor.isValid()) {
        request.sendAtUtc = message->scheduledFor;
        // Twilio schedules only through a Messaging Service (with a From it would send AT ONCE).
        if (!m_sender.messagingServiceSid.isEmpty()) {
            request.from.clear();
            request.messagingServiceSid = m_sender.messagingServiceSid;
        }
    } else if (message->expiresAt.isValid() && message->purpose == QLatin1String("appointment")) {
        // A desk-sent appointment text: Twilio drops it rather than deliver it after it stopped making sense.
        const qint64 left = Clock::instance().nowUtc().secsTo(message->expiresAt);
        request.validityPeriodSeconds = int(std::clamp<qint64>(left, 1, 36000));
    }

    const auto answer = awaitGateway<TwilioMessage>(
        [&](TwilioCallback<TwilioMessage> done) { m_gateway->sendMessage(request, std::move(done)); });
    checkpoint("answered");

    if (answer) {
        if (auto adopted = m_messages.recordAccepted(messageId, *answer); !adopted)
            qCWarning(lcOutbox).noquote() << "could not record sid" << answer->sid << adopted.error().message;
    } else {
        const TwilioError &error = answer.error();
        m_lastError = error;
        switch (error.kind) {
        case TwilioError::Kind::Network:
        case TwilioError::Kind::Configuration:
        case TwilioError::Kind::RateLimited:
            // Not processed by Twilio: back to the queue, it goes out by itself later.
            (void)m_messages.releaseClaim(messageId, error.message);
            break;
        case TwilioError::Kind::OutcomeUnknown:
        case TwilioError::Kind::Protocol:
            // It may exist at Twilio: never resend before looking it up.
            (void)m_messages.markOutcomeUnknown(messageId);
            if (auto current = m_messages.get(messageId); current && current->status == MessageStatus::Unknown)
                (void)settle(*current);
            m_lastError = error; // the lookup's own trouble is this row's, not the network's
            break;
        case TwilioError::Kind::Api:
            if (error.code == 21610 && message->patientId) {
                // Twilio knows the patient replied STOP: same state as a STOP we read ourselves.
                (void)m_patients.setOptedOut(*message->patientId, Clock::instance().nowUtc(),
                                             QStringLiteral("Twilio error 21610"));
                cancelScheduledFor(*message->patientId);
                QString text = error.message;
                if (auto patient = m_patients.get(*message->patientId))
                    text = optedOutText(*patient);
                (void)m_messages.markFailed(messageId, 21610, text, MessageStatus::Sending);
            } else {
                (void)m_messages.markFailed(messageId, error.code, error.message, MessageStatus::Sending);
            }
            break;
        }
    }
    return m_messages.get(messageId);
}

QDateTime Outbox::rowRetryAt(int failures) const
{
    qint64 delay = qMax(1, m_options.rowRetryFirstSec);
    for (int i = 1; i < failures && delay < m_options.rowRetryMaxSec; ++i)
        delay *= 2;
    return Clock::instance().nowUtc().addSecs(qMin<qint64>(delay, qMax(1, m_options.rowRetryMaxSec)));
}

std::optional<TwilioMessage> Outbox::lookUp(const Message &message, const QDateTime &attemptLocal,
                                            const QDateTime &attemptTwilio, bool *lookupFailed)
{
    *lookupFailed = false;
    // The window is on Twilio's clock: the attempt as Twilio saw it, minus a slack for the offset's own error. When
    // the offset was not known at the claim (the create was this process's first request), the attempt is the local
    // claim time moved by today's offset, and the slack also covers the desk's clock having been changed since.
    auto windowStart = [&]() {
        if (attemptTwilio.isValid())
            return attemptTwilio.addSecs(-ClockSlackSec);
        return TwilioClock::toTwilio(attemptLocal).addSecs(-ClockSlackSec - UnmeasuredSlackSec);
    };
    const QDateTime expected = attemptTwilio.isValid() ? attemptTwilio : TwilioClock::toTwilio(attemptLocal);
    std::optional<TwilioMessage> best;
    qint64 bestDistance = 0;
    auto consider = [&](const TwilioMessage &remote) {
        if (!remote.direction.startsWith(QLatin1String("outbound")) || remote.to != message.toNumber)
            return;
        if (!message.fromNumber.isEmpty() && !remote.from.isEmpty() && remote.from != message.fromNumber &&
            !message.fromNumber.startsWith(QLatin1String("MG")))
            return;
        if (!BodyMatch::matches(message.body, remote.body))
            return;
        const QDateTime created = remote.dateCreated.isValid() ? remote.dateCreated : remote.dateSent;
        if (created.isValid() && created < windowStart())
            return;
        // A sid we already hold belongs to another row (the same text sent twice on purpose).
        auto known = m_messages.findBySid(remote.sid);
        if (!known || known->has_value())
            return;
        // Identical texts to one number a minute apart: each row takes the one created closest to its attempt.
        const qint64 distance = created.isValid() ? qAbs(created.msecsTo(expected)) : 0;
        if (!best || distance < bestDistance) {
            best = remote;
            bestDistance = distance;
        }
    };

    // Twilio's DateSent filter is whole GMT days and skips messages not sent yet (date_sent null), so look twice:
    // by day (from the window's start, on Twilio's clock, one day back to be safe), then the newest messages to the
    // number without a date filter.
    QSet<QString> seen;
    for (int pass = 0; pass < 2; ++pass) {
        MessageListFilter filter;
        filter.to = message.toNumber;
        if (pass == 0)
            filter.dateSentOnOrAfter = windowStart().toUTC().date().addDays(-1);
        filter.pageSize = 50;
        QString pageUri;
        for (int page = 0; page < SettlePages; ++page) {
            const auto answer = awaitGateway<TwilioMessagePage>([&](TwilioCallback<TwilioMessagePage> done) {
                m_gateway->listMessages(filter, pageUri, std::move(done));
            });
            if (!answer) {
                m_lastError = answer.error();
                *lookupFailed = true;
                return std::nullopt;
            }
            bool olderThanWindow = false;
            for (const TwilioMessage &remote : answer->messages) {
                if (remote.sid.isEmpty() || seen.contains(remote.sid))
                    continue; // a page repeated or reordered by the list
                seen.insert(remote.sid);
                consider(remote);
                const QDateTime created = remote.dateCreated.isValid() ? remote.dateCreated : remote.dateSent;
                if (created.isValid() && created < windowStart())
                    olderThanWindow = true;
            }
            if (answer->nextPageUri.isEmpty() || olderThanWindow)
                break;
            pageUri = answer->nextPageUri;
        }
    }
    return best;
}

Outbox::Settle Outbox::settle(const Message &message)
{
    // A channel Twilio cannot be asked about stays "not confirmed": it is never resent automatically.
    if (message.channel != Channel::Sms)
        return Settle::StillUnknown;
    MessageStore::SettleState state = m_messages.settleState(message.id).value_or(MessageStore::SettleState());
    QDateTime attemptLocal = state.claimedAt;
    if (!attemptLocal.isValid())
        attemptLocal = message.updatedAt;
    if (!attemptLocal.isValid())
        attemptLocal = message.createdAt;

    bool failed = false;
    const auto found = lookUp(message, attemptLocal, state.claimedAtTwilio, &failed);
    if (failed) {
        // This row waits on its own back-off; the rest of the outbox goes on.
        (void)m_messages.recordRowFailure(message.id, rowRetryAt(state.rowFailures + 1));
        return Settle::Failed;
    }
    if (found) {
        qCInfo(lcOutbox) << "message" << message.id << "was created at Twilio as" << found->sid;
        (void)m_messages.recordAccepted(message.id, *found);
        return Settle::Adopted;
    }
    // Not found. Resent only when lookups cannot have missed it: several of them, the last one long enough after
    // the attempt (on Twilio's clock, which the lookups just measured) for any list delay.
    const int lookups = state.lookups + 1;
    const QDateTime attemptTwilio =
        state.claimedAtTwilio.isValid() ? state.claimedAtTwilio : TwilioClock::toTwilio(attemptLocal);
    const bool longEnough = attemptTwilio.secsTo(TwilioClock::nowAtTwilio()) >= m_options.settleWindowSec &&
                            attemptLocal.secsTo(Clock::instance().nowUtc()) >= m_options.settleWindowSec;
    if (lookups < m_options.settleLookups || !longEnough) {
        (void)m_messages.recordLookupMiss(message.id, rowRetryAt(lookups));
        return Settle::StillUnknown;
    }
    // Not at Twilio after all those lookups: the request never got there. Safe to send again.
    qCInfo(lcOutbox) << "message" << message.id << "not found at Twilio after" << lookups << "lookups; sending again";
    auto back = m_messages.unknownBackToPending(message.id);
    return back && *back ? Settle::BackToPending : Settle::StillUnknown;
}

int Outbox::recoverAbandoned()
{
    // 'sending' rows whose process died (or that hang far beyond any timeout): the request may have left, so they
    // become 'unknown' and are settled like a lost answer.
    auto rows = m_messages.sendingRows();
    if (!rows)
        return 0;
    const QDateTime current = Clock::instance().nowUtc();
    int recovered = 0;
    for (const MessageStore::ClaimedRow &row : std::as_const(*rows)) {
        // The claim's own expiry on the database's clock; claims from before it existed: the desk's clock.
        const bool stale = row.claimExpiresInMs
                               ? *row.claimExpiresInMs <= 0
                               : !row.claimedAt.isValid() || row.claimedAt.secsTo(current) >= m_options.staleSendingSec;
        if (row.claimedBy == processToken() && !stale)
            continue; // our own send in progress
        if (!stale && !claimantIsDead(row.claimedBy))
            continue;
        if (auto changed = m_messages.markAbandoned(row.id, row.claimedBy); changed && *changed) {
            ++recovered;
            qCInfo(lcOutbox) << "message" << row.id << "was being sent by a process that is gone; settling it";
        }
    }
    return recovered;
}

Outbox::FlushReport Outbox::flush()
{
    FlushReport report;
    m_lastError.reset();
    if (!m_gateway)
        return report;
    recoverAbandoned();

    // Each unknown row on its own back-off: one whose lookup keeps failing never holds back the others.
    if (auto unknown = m_messages.unknownOutbound(Clock::instance().nowUtc())) {
        for (const Message &row : std::as_const(*unknown)) {
            const Settle outcome = settle(row);
            if (outcome == Settle::Adopted || outcome == Settle::BackToPending)
                ++report.settled;
            if (outcome == Settle::Failed) {
                ++report.rowErrors;
                report.rowError = m_lastError;
                if (m_lastError && m_lastError->kind == TwilioError::Kind::Configuration) {
                    report.stoppedBy = m_lastError; // nothing can work until the settings change
                    return report;
                }
            }
        }
    }
    m_lastError.reset();

    // A chat text typed long ago ("Running 15 min late", during an outage) is held for staff, not sent late.
    if (m_chatExpiryHours > 0) {
        const QDateTime cutoff = Clock::instance().nowUtc().addSecs(-qint64(m_chatExpiryHours) * 3600);
        (void)m_messages.holdStaleChat(
            cutoff, tr("Not sent: it waited more than %n hour(s) to go out. Send it now or discard it.", nullptr,
                       m_chatExpiryHours));
    }

    // Pending rows oldest first: those due now (a "send later" waits for its time; an expired one is canceled).
    auto pending = m_messages.duePendingIds(Clock::instance().nowUtc(), Channel::Sms);
    if (!pending)
        return report;
    for (qint64 id : std::as_const(*pending)) {
        auto result = sendNow(id);
        if (!result || !m_lastSendWasMine)
            continue; // another process had it
        if (result->status == MessageStatus::Failed)
            ++report.failed;
        else if (!result->sid.isEmpty())
            ++report.sent;
        if (m_lastError &&
            (m_lastError->kind == TwilioError::Kind::Network || m_lastError->kind == TwilioError::Kind::Configuration ||
             m_lastError->kind == TwilioError::Kind::RateLimited)) {
            report.stoppedBy = m_lastError; // no point hammering a network that is down, or a rate limit
            break;
        }
        if (m_lastError) {
            ++report.rowErrors; // this row only (refused, or its answer lost and being settled): go on
            report.rowError = m_lastError;
        }
    }
    return report;
}

bool Outbox::needsTransportToCancel(const Message &message)
{
    return message.status == MessageStatus::Scheduled && !message.sid.isEmpty();
}

Result<Message> Outbox::cancel(qint64 messageId)
{
    auto message = m_messages.get(messageId);
    if (!message)
        return message.error();
    if (message->isInbound())
        return makeError(QStringLiteral("message.cannot-cancel"), tr("A received message cannot be canceled."));
    if (needsTransportToCancel(*message)) {
        if (!m_gateway)
            return makeError(QStringLiteral("send.not-ready"),
                             tr("Messaging has not started yet. Try again in a moment."));
        const auto answer = awaitGateway<TwilioMessage>(
            [&](TwilioCallback<TwilioMessage> done) { m_gateway->cancelScheduled(message->sid, std::move(done)); });
        if (!answer)
            return makeError(QStringLiteral("twilio.cancel-failed"),
                             tr("Twilio did not cancel the scheduled message: %1").arg(answer.error().message));
        (void)m_messages.setStatus(messageId, answer->status.isEmpty() ? MessageStatus::Canceled : answer->status);
        return m_messages.get(messageId);
    }
    if (message->status == MessageStatus::Sending)
        return makeError(QStringLiteral("message.busy"),
                         tr("This message is being sent right now and can no longer be canceled."));
    if (message->status != MessageStatus::Pending && message->status != MessageStatus::Held &&
        message->status != MessageStatus::Unknown)
        return makeError(QStringLiteral("message.cannot-cancel"),
                         tr("This message has already gone to Twilio and cannot be canceled."));
    const QString reason = message->status == MessageStatus::Unknown
                               ? tr("Canceled by staff. The connection dropped while it was being sent, so it may "
                                    "still have reached the patient; it will not be sent again.")
                               : tr("Canceled by staff: it was not sent.");
    auto canceled = m_messages.cancelUnsent(messageId, reason);
    if (!canceled)
        return canceled.error();
    if (!*canceled)
        return makeError(QStringLiteral("message.busy"),
                         tr("This message changed meanwhile (it is being sent, or was sent) and was not canceled."));
    return m_messages.get(messageId);
}

Result<Message> Outbox::releaseHeld(qint64 messageId)
{
    auto released = m_messages.releaseHeld(
        messageId, Clock::instance().nowUtc().addSecs(qint64(qMax(1, m_chatExpiryHours)) * 3600));
    if (!released)
        return released.error();
    if (!*released)
        return makeError(QStringLiteral("message.not-held"), tr("This message is not waiting for a decision."));
    return m_messages.get(messageId);
}

int Outbox::cancelScheduledFor(qint64 patientId)
{
    int canceled = 0;
    // Not handed to Twilio yet: cancel locally.
    if (auto local = m_messages.cancelPendingScheduled(patientId, tr("Canceled because the patient opted out.")))
        canceled += *local;
    // Scheduled at Twilio: a STOP does not cancel them there, so we must (from the thread that has the transport).
    if (!m_gateway)
        return canceled;
    if (auto rows = m_messages.scheduledAtTwilio(patientId)) {
        for (const auto &[id, sid] : std::as_const(*rows)) {
            const auto answer = awaitGateway<TwilioMessage>(
                [&](TwilioCallback<TwilioMessage> done) { m_gateway->cancelScheduled(sid, std::move(done)); });
            if (!answer) {
                // The code only: Twilio's text may quote the patient's number.
                qCWarning(lcOutbox).noquote() << "could not cancel scheduled message" << sid << "HTTP"
                                              << answer.error().httpStatus << "code" << answer.error().code.value_or(0);
                continue;
            }
            if (m_messages.setStatus(id, answer->status.isEmpty() ? MessageStatus::Canceled : answer->status))
                ++canceled;
        }
    }
    return canceled;
}

} // namespace cd
