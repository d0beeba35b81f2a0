#pragma once

// Messages written straight into the store, as the engine would, for the tests and benchmarks: the chat threads,
// the 10,000-message histories, and the one-transaction insert they all go through.
#include "core/common/Result.h"
#include "core/messaging/MessageStore.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::test {

class FakeTwilioServer;

// Inserts `messages` in ONE write transaction (one commit, not one per row: 10,000 take well under a second) and
// returns their ids in order. Nothing is announced: for that, storeMessages().
Result<QList<qint64>> insertMessages(const Database &db, const QList<Message> &messages);

// insertMessages() into the store's database, then announces the change as the engine does (views refresh).
// Returns the ids, or an empty list (with a warning) on failure.
QList<qint64> storeMessages(MessageStore &store, const QList<Message> &messages);
qint64 storeMessage(MessageStore &store, const Message &message);

QString fakeSid();

// One chat message between +14155550123 (the patient) and +14155550100 (the clinic), final unless `status` says
// otherwise.
Message chatMessage(std::optional<qint64> patientId, Message::Direction direction, const QString &body,
                    const QDateTime &at, const QString &status = {});

// A conversation of `count` messages, alternating directions, one every 10 minutes, ending now.
QList<Message> longConversation(qint64 patientId, int count);

// `count` final messages between `patientPhone` and `clinicNumber`, alternating inbound/outbound, one every 518 s
// (10,000 span 60 days) ending at `end`: injected into the fake Twilio and returned to insert here, so both sides
// hold the same history (what an idle sync cycle must not fetch again).
QList<Message> mirroredHistory(FakeTwilioServer &server, qint64 patientId, const QString &patientPhone,
                               const QString &clinicNumber, int count, const QDateTime &end);

} // namespace cd::test
