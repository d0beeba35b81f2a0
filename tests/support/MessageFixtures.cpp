#include "tests/support/MessageFixtures.h"

#include "tests/support/FakeTwilioServer.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

namespace cd::test {

Result<QList<qint64>> insertMessages(const Database &db, const QList<Message> &messages)
{
    QList<qint64> ids;
    ids.reserve(messages.size());
    const auto written = db.write([&](QSqlDatabase &tx) -> Status<> {
        auto inserted = MessageStore::insertAllIn(tx, messages);
        if (!inserted)
            return inserted.error();
        ids = *inserted;
        return Ok{};
    });
    if (!written)
        return written.error();
    return ids;
}

QList<qint64> storeMessages(MessageStore &store, const QList<Message> &messages)
{
    // Through the store, as the engine writes: one transaction, announced once (MessageStore::changed).
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

qint64 storeMessage(MessageStore &store, const Message &message)
{
    return storeMessages(store, {message}).value(0);
}

QString fakeSid()
{
    return QStringLiteral("SM") + QUuid::createUuid().toString(QUuid::Id128);
}

Message chatMessage(std::optional<qint64> patientId, Message::Direction direction, const QString &body,
                    const QDateTime &at, const QString &status)
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

QList<Message> longConversation(qint64 patientId, int count)
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

QList<Message> mirroredHistory(FakeTwilioServer &server, qint64 patientId, const QString &patientPhone,
                               const QString &clinicNumber, int count, const QDateTime &end)
{
    QList<Message> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool inbound = i % 2 == 0;
        const QDateTime at = end.addSecs(-qint64(count - i) * 518);
        QJsonObject remote{
            {QStringLiteral("to"), inbound ? clinicNumber : patientPhone},
            {QStringLiteral("from"), inbound ? patientPhone : clinicNumber},
            {QStringLiteral("body"), QStringLiteral("message %1").arg(i)},
            {QStringLiteral("status"), inbound ? QStringLiteral("received") : QStringLiteral("delivered")},
            {QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound-api")},
            {QStringLiteral("_created"), double(at.toMSecsSinceEpoch())},
            {QStringLiteral("_sent"), double(at.toMSecsSinceEpoch())}};
        Message m;
        m.sid = server.injectMessage(remote);
        m.patientId = patientId;
        m.direction = inbound ? Message::Direction::Inbound : Message::Direction::Outbound;
        m.body = remote.value(QStringLiteral("body")).toString();
        m.status = remote.value(QStringLiteral("status")).toString();
        m.fromNumber = remote.value(QStringLiteral("from")).toString();
        m.toNumber = remote.value(QStringLiteral("to")).toString();
        m.createdAt = at;
        m.sentAt = at;
        m.readAt = at;
        out << m;
    }
    return out;
}

} // namespace cd::test
