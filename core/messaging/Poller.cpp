#include "core/messaging/Poller.h"

#include "core/common/Clock.h"
#include "core/messaging/CycleHooks.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/OptOutKeywords.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SharedNumbers.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "clinicdesk.poller")

namespace cd {

namespace {

// With nothing stored yet, look this far back for replies.
constexpr int FirstPollDays = 7;

QDateTime whenOf(const TwilioMessage &m)
{
    if (m.dateSent.isValid())
        return m.dateSent;
    if (m.dateCreated.isValid())
        return m.dateCreated;
    return Clock::instance().nowUtc();
}

} // namespace

Poller::Poller(MessageStore &messages, PatientStore &patients, SmsGateway &gateway, Outbox &outbox, SenderConfig sender)
    : m_messages(messages), m_patients(patients), m_gateway(gateway), m_outbox(outbox), m_sender(std::move(sender))
{
}

Result<int, PollStop> Poller::pollInbound()
{
    // DateSent is a whole GMT day at Twilio: start one day before the newest reply we hold.
    QDate since = Clock::instance().nowUtc().date().addDays(-FirstPollDays);
    auto newest = m_messages.newestInboundSentAt();
    if (!newest)
        return PollStop{{}, newest.error()};
    // A reply dated in the future (a phone or desk with a wrong clock, stored before) must not stop polling: never
    // start after today.
    if (newest->isValid())
        since = std::min(*newest, Clock::instance().nowUtc()).date().addDays(-1);

    int stored = 0;
    // Without a known number (a Messaging Service only), list the account's messages and keep the inbound ones.
    const QStringList polled = numbersToPoll();
    const QStringList numbers = polled.isEmpty() ? QStringList{QString()} : polled;
    for (const QString &number : numbers) {
        MessageListFilter filter;
        filter.to = number;
        filter.dateSentOnOrAfter = since;
        filter.pageSize = 50;
        QList<TwilioMessage> fresh;
        QSet<QString> seen;
        QSet<QString> listed;
        QString pageUri;
        for (int page = 0; page < MaxInboundPages; ++page) {
            const auto answer = awaitGateway<TwilioMessagePage>([&](TwilioCallback<TwilioMessagePage> done) {
                m_gateway.listMessages(filter, pageUri, std::move(done));
            });
            if (!answer)
                return PollStop{answer.error(), {}};
            QStringList sids;
            for (const TwilioMessage &m : answer->messages)
                sids << m.sid;
            const auto known = m_messages.knownSids(sids);
            if (!known)
                return PollStop{{}, known.error()};
            bool anythingNew = false;
            bool anyInbound = false;
            bool anyUnlisted = false; // a server repeating its page must not keep us paging
            for (const TwilioMessage &m : answer->messages) {
                anyUnlisted = anyUnlisted || !listed.contains(m.sid);
                listed.insert(m.sid);
                if (m.direction != QLatin1String("inbound"))
                    continue;
                anyInbound = true;
                if (known->contains(m.sid) || seen.contains(m.sid))
                    continue;
                seen.insert(m.sid);
                fresh.append(m);
                anythingNew = true;
            }
            // Newest first: a page of replies we already hold means everything older is stored too. A page with no
            // reply at all (the account's list, without a number, also holds our own texts) proves nothing.
            if ((anyInbound && !anythingNew) || !anyUnlisted || answer->nextPageUri.isEmpty())
                break;
            pageUri = answer->nextPageUri;
        }
        // Oldest first, so that "STOP" then "START" leaves the patient opted in.
        std::stable_sort(fresh.begin(), fresh.end(),
                         [](const TwilioMessage &a, const TwilioMessage &b) { return whenOf(a) < whenOf(b); });
        for (const TwilioMessage &m : std::as_const(fresh)) {
            auto added = storeInbound(m);
            if (!added)
                return PollStop{{}, added.error()};
            if (*added)
                ++stored;
        }
    }
    if (auto refetched = refetchUnfinished(); !refetched)
        return refetched.error();
    return stored;
}

QStringList Poller::numbersToPoll()
{
    QStringList numbers = m_sender.clinicNumbers;
    const QString service = m_sender.messagingServiceSid;
    if (service.isEmpty() || m_sender.demo)
        return numbers; // no Messaging Service: no extra request, ever
    const QString listKey = QStringLiteral("service_numbers:") + service;
    const QString atKey = QStringLiteral("service_numbers_at:") + service;
    QStringList known = m_messages.stateValue(listKey).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QDateTime at = fromDbTime(m_messages.stateValue(atKey).value_or(QString()));
    const QDateTime now = Clock::instance().nowUtc();
    if (!at.isValid() || at > now || at.secsTo(now) >= qint64(ServiceNumbersRefreshHours) * 3600) {
        const auto answer = awaitGateway<QStringList>(
            [&](TwilioCallback<QStringList> done) { m_gateway.listServiceNumbers(service, std::move(done)); });
        if (answer) {
            known = *answer;
            (void)m_messages.setStateValues({{listKey, known.join(QLatin1Char(','))}, {atKey, toDbTime(now)}});
        } else {
            qCInfo(lcPoller) << "Messaging Service numbers not read, the last list is used:" << answer.error().message;
            // Asked again in an hour, not every cycle.
            (void)m_messages.setStateValue(atKey,
                                           toDbTime(now.addSecs(-qint64(ServiceNumbersRefreshHours - 1) * 3600)));
        }
    }
    for (const QString &number : std::as_const(known))
        if (!numbers.contains(number))
            numbers << number;
    return numbers;
}

Result<int, PollStop> Poller::refetchUnfinished()
{
    // Nothing unfinished: no request (an idle cycle stays one list per number).
    const QDateTime cutoff = Clock::instance().nowUtc().addSecs(-qint64(std::max(1, m_noReceiptAfterHours)) * 3600);
    auto rows = m_messages.unfinishedInbound(cutoff, MaxSingleFetches);
    if (!rows)
        return PollStop{{}, rows.error()};
    int updated = 0;
    for (const MessageStore::Unfinished &row : std::as_const(*rows)) {
        const auto answer = awaitGateway<TwilioMessage>(
            [&](TwilioCallback<TwilioMessage> done) { m_gateway.fetchMessage(row.sid, std::move(done)); });
        if (!answer) {
            if (answer.error().kind == TwilioError::Kind::Api)
                continue; // gone at Twilio: keep what we have
            return PollStop{answer.error(), {}};
        }
        if (answer->status.isEmpty() || answer->status == row.status)
            continue; // still arriving: asked again next cycle
        auto applied = m_messages.applyInboundFinal(row.id, row.status, *answer);
        if (!applied)
            return PollStop{{}, applied.error()};
        if (!*applied)
            continue;
        ++updated;
        if (answer->body != row.body) {
            // The whole text is known only now: a STOP or START in it counts from here.
            if (auto routing = SharedNumbers::routeReply(*m_patients.database(), answer->from); routing)
                for (const qint64 id : std::as_const(routing->patientsWithNumber))
                    applyKeyword(id, answer->body, whenOf(*answer));
        }
    }
    return updated;
}

Result<bool> Poller::storeInbound(const TwilioMessage &remote)
{
    // A family number: the patient texted last at it; STOP/START below apply to everyone with it.
    auto routing = SharedNumbers::routeReply(*m_patients.database(), remote.from);
    if (!routing)
        return routing.error();
    const std::optional<qint64> patientId = routing->patientId;

    Message message;
    message.patientId = patientId;
    message.direction = Message::Direction::Inbound;
    message.body = remote.body;
    message.status = remote.status.isEmpty() ? MessageStatus::Received : remote.status;
    message.sid = remote.sid;
    message.fromNumber = remote.from;
    message.toNumber = remote.to;
    message.segments = remote.numSegments;
    message.price = remote.price;
    message.createdAt = whenOf(remote);
    message.sentAt = whenOf(remote);
    message.isDemo = m_sender.demo;
    message.numMedia = remote.numMedia; // the media follow (MediaFetcher): the text is stored first, whatever happens
    message.filedShared = routing->shared() && patientId.has_value();

    auto inserted = m_messages.storeInboundOnce(message);
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return false;
    for (const qint64 id : std::as_const(routing->patientsWithNumber))
        applyKeyword(id, remote.body, message.createdAt);
    if (patientId) {
        // Other areas' replies (appointment C/R); the message stays in the chat either way.
        if (auto stored = m_messages.findBySid(remote.sid); stored && stored->has_value()) {
            CycleContext context{m_messages, m_patients, m_gateway, m_outbox};
            CycleHooks::runInboundHooks(context, **stored);
        }
    }
    return true;
}

void Poller::applyKeyword(qint64 patientId, const QString &body, const QDateTime &at)
{
    const auto kind = OptOutKeywords::classify(body);
    if (kind != OptOutKeywords::Kind::OptOut && kind != OptOutKeywords::Kind::OptIn)
        return; // HELP/INFO: Twilio answers it; nothing changes here
    auto patient = m_patients.get(patientId);
    if (!patient)
        return;
    const QString word = body.trimmed().toUpper();
    if (kind == OptOutKeywords::Kind::OptOut && !patient->isOptedOut()) {
        qCInfo(lcPoller) << "patient" << patientId << "opted out by keyword";
        (void)m_patients.setOptedOut(patientId, at, QStringLiteral("replied %1").arg(word));
        m_outbox.cancelScheduledFor(patientId);
    } else if (kind == OptOutKeywords::Kind::OptIn && patient->isOptedOut()) {
        qCInfo(lcPoller) << "patient" << patientId << "opted back in by keyword";
        (void)m_patients.setOptedOut(patientId, QDateTime(), QStringLiteral("replied %1").arg(word));
    }
    // PatientStore::patientChanged tells the open conversation (composer, banner) about the new state.
}

bool Poller::statusCheckDue(const QDateTime &createdAt, const QDateTime &lastAsked, const QDateTime &now)
{
    if (!lastAsked.isValid() || !createdAt.isValid())
        return true;
    const qint64 ageSec = createdAt.secsTo(now);
    if (ageSec < 120)
        return true;
    // A tenth of its age, between 30 s and 15 min: 2 min old -> 30 s, 1 h -> 6 min, older -> every 15 min.
    const qint64 gapSec = std::clamp<qint64>(ageSec / 10, 30, 15 * 60);
    return lastAsked.secsTo(now) >= gapSec || now < lastAsked; // a clock set back: ask again
}

Result<int, PollStop> Poller::pollStatuses()
{
    const QDateTime now = Clock::instance().nowUtc();
    // Still in flight: not final, and (for "sent") younger than the no-receipt limit after which it is shown as
    // "sent, no delivery receipt" and no longer asked about.
    const QDateTime cutoff = now.addSecs(-qint64(std::max(1, m_noReceiptAfterHours)) * 3600);
    auto rows = m_messages.inFlight(cutoff, now);
    if (!rows)
        return PollStop{{}, rows.error()};
    using Tracked = MessageStore::InFlight;
    QHash<QString, Tracked> tracked;
    QHash<QString, QList<QString>> byFrom; // from number -> sids, oldest first
    QHash<QString, QDateTime> stillTracked;
    for (const Tracked &t : std::as_const(*rows)) {
        const QDateTime asked = m_statusAskedAt.value(t.sid);
        stillTracked.insert(t.sid, asked);
        if (!statusCheckDue(t.createdAt, asked, now))
            continue;
        tracked.insert(t.sid, t);
        byFrom[t.from].append(t.sid);
        stillTracked.insert(t.sid, now);
    }
    m_statusAskedAt = stillTracked; // forgets rows that became final
    if (tracked.isEmpty())
        return 0; // steady state: nothing in flight (or nothing due), no request at all

    int updated = 0;
    std::optional<Error> databaseError;
    auto consider = [&](const TwilioMessage &remote) {
        auto it = tracked.find(remote.sid);
        if (it == tracked.end())
            return false;
        const Tracked t = *it;
        tracked.erase(it);
        if (remote.status == t.status && remote.errorCode == t.errorCode &&
            (remote.price.isEmpty() || remote.price == t.price))
            return true;
        auto applied = m_messages.applyRemoteStatus(t.id, t.status, remote);
        if (!applied)
            databaseError = applied.error();
        else if (*applied)
            ++updated;
        return true;
    };

    // One list From each sending number, covering the oldest message still in flight.
    for (auto group = byFrom.cbegin(); group != byFrom.cend(); ++group) {
        if (group.key().isEmpty())
            continue; // sent through a Messaging Service without a known number: fetched one by one below
        QDateTime oldest;
        for (const QString &sid : group.value()) {
            const QDateTime created = tracked.value(sid).createdAt;
            if (!oldest.isValid() || created < oldest)
                oldest = created;
        }
        MessageListFilter filter;
        filter.from = group.key();
        filter.dateSentOnOrAfter = oldest.date().addDays(-1);
        filter.pageSize = 100;
        QString pageUri;
        QSet<QString> listed;
        for (int page = 0; page < MaxPages; ++page) {
            const auto answer = awaitGateway<TwilioMessagePage>([&](TwilioCallback<TwilioMessagePage> done) {
                m_gateway.listMessages(filter, pageUri, std::move(done));
            });
            if (!answer)
                return PollStop{answer.error(), {}};
            bool unseen = false;
            bool newerThanOldest = false;
            for (const TwilioMessage &remote : answer->messages) {
                unseen = unseen || !listed.contains(remote.sid);
                listed.insert(remote.sid);
                const QDateTime created = remote.dateCreated.isValid() ? remote.dateCreated : remote.dateSent;
                newerThanOldest = newerThanOldest || !created.isValid() || created >= oldest.addDays(-1);
                consider(remote);
            }
            bool remaining = false;
            for (const QString &sid : group.value())
                remaining = remaining || tracked.contains(sid);
            // Stop when everything is answered, at the end, past the oldest message in flight, or when a page
            // brings nothing new (a server repeating its page must not keep us paging).
            if (!remaining || answer->nextPageUri.isEmpty() || !unseen || !newerThanOldest)
                break;
            pageUri = answer->nextPageUri;
        }
    }

    // Where the list cannot answer (not sent yet, so no DateSent; or no sending number): fetch one by one.
    QList<Tracked> rest = tracked.values();
    std::sort(rest.begin(), rest.end(), [](const Tracked &a, const Tracked &b) { return a.createdAt > b.createdAt; });
    int fetched = 0;
    for (const Tracked &t : std::as_const(rest)) {
        if (fetched++ == MaxSingleFetches)
            break;
        const auto answer = awaitGateway<TwilioMessage>(
            [&](TwilioCallback<TwilioMessage> done) { m_gateway.fetchMessage(t.sid, std::move(done)); });
        if (!answer) {
            if (answer.error().kind == TwilioError::Kind::Api)
                continue; // e.g. deleted at Twilio: keep the last known state
            return PollStop{answer.error(), {}};
        }
        consider(*answer);
    }
    if (databaseError)
        return PollStop{{}, databaseError};
    return updated;
}

} // namespace cd
