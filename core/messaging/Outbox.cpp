#include "core/messaging/Outbox.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/SendPolicy.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "core/sms/SegmentInfo.h"
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

// How far Twilio's clock and ours may disagree when matching a message by its creation time.
constexpr qint64 ClockSlackSec = 10 * 60;
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
    auto written = m_messages.write([&](MessageWrite &tx) -> Status<> {
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
    message.id = id;
    checkpoint("queued");
    return message;
}

bool Outbox::claim(qint64 id)
{
    auto claimed = m_messages.claim(id, processToken());
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

std::optional<TwilioMessage> Outbox::lookUp(const Message &message, const QDateTime &attemptAt, bool *lookupFailed)
{
    *lookupFailed = false;
    const QDateTime earliest = attemptAt.addSecs(-ClockSlackSec);
    auto matches = [&](const TwilioMessage &remote) {
        if (!remote.direction.startsWith(QLatin1String("outbound")) || remote.body != message.body)
            return false;
        if (remote.to != message.toNumber)
            return false;
        const QDateTime created = remote.dateCreated.isValid() ? remote.dateCreated : remote.dateSent;
        if (created.isValid() && created < earliest)
            return false;
        // A sid we already hold belongs to another row (the same text sent twice on purpose).
        auto known = m_messages.findBySid(remote.sid);
        return known && !known->has_value();
    };

    // Twilio's DateSent filter is whole GMT days and skips messages not sent yet (date_sent null), so look twice:
    // by day (one day back to be safe), then the newest messages to the number without a date filter.
    for (int pass = 0; pass < 2; ++pass) {
        MessageListFilter filter;
        filter.to = message.toNumber;
        if (pass == 0)
            filter.dateSentOnOrAfter = attemptAt.toUTC().date().addDays(-1);
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
            bool olderThanAttempt = false;
            for (const TwilioMessage &remote : answer->messages) {
                if (matches(remote))
                    return remote;
                const QDateTime created = remote.dateCreated.isValid() ? remote.dateCreated : remote.dateSent;
                if (created.isValid() && created < earliest)
                    olderThanAttempt = true;
            }
            if (answer->nextPageUri.isEmpty() || olderThanAttempt)
                break;
            pageUri = answer->nextPageUri;
        }
    }
    return std::nullopt;
}

Outbox::Settle Outbox::settle(const Message &message)
{
    // A channel Twilio cannot be asked about stays "not confirmed": it is never resent automatically.
    if (message.channel != Channel::Sms)
        return Settle::StillUnknown;
    QDateTime attemptAt = m_messages.claimedAt(message.id).value_or(QDateTime());
    if (!attemptAt.isValid())
        attemptAt = message.updatedAt;
    if (!attemptAt.isValid())
        attemptAt = message.createdAt;

    bool failed = false;
    const auto found = lookUp(message, attemptAt, &failed);
    if (failed)
        return Settle::Failed;
    if (found) {
        qCInfo(lcOutbox) << "message" << message.id << "was created at Twilio as" << found->sid;
        (void)m_messages.recordAccepted(message.id, *found);
        return Settle::Adopted;
    }
    if (attemptAt.secsTo(Clock::instance().nowUtc()) < m_options.settleWindowSec)
        return Settle::StillUnknown;
    // Not at Twilio after the settle window: the request never got there. Safe to send again.
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
        const bool stale = !row.claimedAt.isValid() || row.claimedAt.secsTo(current) >= m_options.staleSendingSec;
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

    if (auto unknown = m_messages.unknownOutbound()) {
        for (const Message &row : std::as_const(*unknown)) {
            const Settle outcome = settle(row);
            if (outcome == Settle::Adopted || outcome == Settle::BackToPending)
                ++report.settled;
            if (outcome == Settle::Failed) {
                report.stoppedBy = m_lastError;
                return report;
            }
        }
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
            report.stoppedBy = m_lastError; // no point hammering a network that is down
            break;
        }
    }
    return report;
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
