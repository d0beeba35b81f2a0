#pragma once

// Test data for the chat tests and benchmarks: messages written straight into the store, as the engine would.
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"

#include <QUuid>

namespace cd::test {

inline QString fakeSid()
{
    return QStringLiteral("SM") + QUuid::createUuid().toString(QUuid::Id128);
}

inline Message chatMessage(std::optional<qint64> patientId, Message::Direction direction, const QString &body,
                           const QDateTime &at, const QString &status = {})
{
    Message m;
    m.patientId = patientId;
    m.direction = direction;
    m.body = body;
    m.status = status.isEmpty()
                   ? (direction == Message::Direction::Inbound ? MessageStatus::Received : MessageStatus::Delivered)
                   : status;
    m.sid = fakeSid();
    m.fromNumber =
        direction == Message::Direction::Inbound ? QStringLiteral("+14155550123") : QStringLiteral("+14155550100");
    m.toNumber =
        direction == Message::Direction::Inbound ? QStringLiteral("+14155550100") : QStringLiteral("+14155550123");
    m.createdAt = at;
    m.sentAt = at;
    m.updatedAt = at;
    m.segments = 1;
    return m;
}

// Writes `messages` in one transaction; returns their ids (0 on failure) and announces the change.
inline QList<qint64> storeMessages(MessageStore &store, const QList<Message> &messages)
{
    QList<qint64> ids;
    auto written = store.write([&](MessageWrite &tx) -> Status<> {
        for (const Message &m : messages) {
            auto id = tx.insert(m);
            if (!id)
                return id.error();
            ids << *id;
        }
        return Ok{};
    });
    if (!written) {
        qWarning("storing test messages failed: %s", qPrintable(written.error().message));
        return {};
    }
    return ids;
}

inline qint64 storeMessage(MessageStore &store, const Message &message)
{
    const QList<qint64> ids = storeMessages(store, {message});
    return ids.value(0);
}

inline qint64 addTestPatient(PatientStore &patients, const QString &first, const QString &last, const QString &phone,
                             bool consent = true)
{
    Patient p;
    p.firstName = first;
    p.lastName = last;
    p.phoneRaw = phone;
    p.smsConsent = consent;
    if (consent)
        p.consentMethod = QStringLiteral("verbal");
    auto created = patients.create(p);
    if (!created) {
        qWarning("patient: %s", qPrintable(created.error().message));
        return 0;
    }
    return created->id;
}

// A conversation of `count` messages, alternating directions, one every few minutes, ending now.
inline QList<Message> longConversation(qint64 patientId, int count)
{
    QList<Message> out;
    out.reserve(count);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    static const QStringList bodies = {
        QStringLiteral("Hi, can I move my appointment to Thursday afternoon?"),
        QStringLiteral("Of course. Thursday at 3:30 PM works; we have booked it for you."),
        QStringLiteral("Thanks! Do I need to bring anything?"),
        QStringLiteral("Please bring your insurance card and a list of the medicines you take. The intake form is "
                       "here: https://example.org/intake/form?patient=12345&lang=en"),
        QStringLiteral("ok 👍"),
        QStringLiteral("Your prescription is ready for pick-up at the front desk."),
    };
    for (int i = 0; i < count; ++i) {
        const auto direction = i % 2 == 0 ? Message::Direction::Inbound : Message::Direction::Outbound;
        out << chatMessage(patientId, direction, bodies.at(i % bodies.size()), end.addSecs(-qint64(count - i) * 600));
    }
    return out;
}

} // namespace cd::test
