#pragma once

// The fault soak (issue 13): the real engine and Twilio client against the loopback fake, whose answers are broken
// at random (drops before and after a create, delays past the timeout, resets, 429, 5xx, garbage bodies, duplicate
// and reordered list pages, a lagging list) while patients text in, with a desk clock off by up to an hour. After
// every step: no message created twice at Twilio, none lost, no row holding another message's sid, every reply
// stored once. Used by tst_fault_soak (small) and the `fault-soak` benchmark (10,000 sends and replies).
#include "tests/core/MessagingTestRig.h"

#include "core/twilio/TwilioClient.h"
#include "core/twilio/TwilioClock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace cd::test {

struct SoakConfig
{
    int sends = 300;
    int replies = 300;
    quint32 seed = 1;
    int patients = 40;
    int timeoutMs = 300; // the client's; "slow" faults answer after twice this
    double faultsPerStep = 1.2;
    OutboxOptions outbox; // the engine's settings (a test weakens them to prove the soak catches a double send)
};

struct SoakResult
{
    int steps = 0;
    int cycles = 0;
    int sends = 0;
    int replies = 0;
    int creates = 0;            // create requests Twilio received
    int createdMessages = 0;    // messages Twilio created for our rows (each exactly once)
    int unprocessedCreates = 0; // creates that created nothing (refused, dropped before Twilio): sent again later
    int repliesStored = 0;
    int faults = 0;
    int requests = 0;
    qint64 deskAheadSec = 0;
    double seconds = 0;
    QStringList violations; // empty = every invariant held after every step
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("steps"), steps},
                           {QStringLiteral("cycles"), cycles},
                           {QStringLiteral("sends"), sends},
                           {QStringLiteral("replies"), replies},
                           {QStringLiteral("creates"), creates},
                           {QStringLiteral("created_messages"), createdMessages},
                           {QStringLiteral("unprocessed_creates"), unprocessedCreates},
                           {QStringLiteral("replies_stored"), repliesStored},
                           {QStringLiteral("faults_injected"), faults},
                           {QStringLiteral("requests"), requests},
                           {QStringLiteral("desk_ahead_sec"), double(deskAheadSec)},
                           {QStringLiteral("seconds"), qRound(seconds * 10) / 10.0},
                           {QStringLiteral("violations"), int(violations.size())},
                           {QStringLiteral("ok"), violations.isEmpty()}};
    }
};

class FaultSoak
{
public:
    explicit FaultSoak(const SoakConfig &config) : m_config(config), m_rng(config.seed) {}

    SoakResult run()
    {
        QElapsedTimer timer;
        timer.start();
        TwilioClock::reset();
        MessagingRig rig(m_config.outbox);
        ShiftedClock clock;
        m_result.deskAheadSec = qint64(m_rng.bounded(7201)) - 3600; // this desk's clock off by up to an hour
        clock.shiftSec = m_result.deskAheadSec;
        Clock::setInstance(&clock);
        rig.server.setClockSkewSec(-m_result.deskAheadSec);
        if (auto *client = qobject_cast<TwilioClient *>(&rig.session->gateway()))
            client->setTimeoutMs(m_config.timeoutMs);
        for (int i = 0; i < m_config.patients; ++i) {
            const QString phone = QStringLiteral("(415) 555-%1").arg(1000 + i);
            m_patients.append(rig.addPatient(QStringLiteral("Soak%1").arg(i), phone));
            m_phones.append(QStringLiteral("+1415555%1").arg(1000 + i));
        }

        while ((m_result.sends < m_config.sends || m_result.replies < m_config.replies) &&
               m_result.violations.isEmpty()) {
            ++m_result.steps;
            const int sends = std::min<int>(int(m_rng.bounded(6)), m_config.sends - m_result.sends);
            for (int i = 0; i < sends; ++i)
                queueOne(rig);
            const int replies = std::min<int>(int(m_rng.bounded(6)), m_config.replies - m_result.replies);
            for (int i = 0; i < replies; ++i) {
                const int who = int(m_rng.bounded(m_phones.size()));
                m_injected.insert(rig.server.injectInbound(m_phones.at(who), TestClinicNumber,
                                                           QStringLiteral("Reply %1").arg(m_result.replies)));
                ++m_result.replies;
            }
            injectFaults(rig);
            deliverOlder(rig);
            clock.shiftSec += 5 + qint64(m_rng.bounded(86));
            rig.engine().runCycle();
            ++m_result.cycles;
            check(rig, false);
        }

        // Faults stop; time passes; everything must end sent exactly once, every reply stored once.
        rig.server.clearFaults();
        rig.server.setListDelaySec(0);
        for (int i = 0; i < 40 && m_result.violations.isEmpty(); ++i) {
            clock.shiftSec += 180;
            deliverOlder(rig);
            rig.engine().runCycle();
            ++m_result.cycles;
            if (rig.countRows(QStringLiteral("status IN ('pending', 'sending', 'unknown')")) == 0)
                break;
        }
        check(rig, true);
        m_result.creates = rig.server.createCount();
        m_result.requests = rig.server.requestCount();
        m_result.unprocessedCreates = m_result.creates - m_result.createdMessages;
        Clock::setInstance(nullptr);
        TwilioClock::reset();
        m_result.seconds = double(timer.elapsed()) / 1000.0;
        return m_result;
    }

private:
    void queueOne(MessagingRig &rig)
    {
        const int who = int(m_rng.bounded(m_patients.size()));
        const QString body = QStringLiteral("Soak %1: your appointment is confirmed.").arg(m_result.sends);
        auto queued = rig.outbox().queue(m_patients.at(who), body);
        if (!queued) {
            m_result.violations << QStringLiteral("queue refused: %1").arg(queued.error().message);
            return;
        }
        m_rowOfBody.insert(queued->body, queued->id);
        ++m_result.sends;
    }

    void injectFaults(MessagingRig &rig)
    {
        if (m_rng.bounded(10) == 0)
            rig.server.setListDelaySec(m_rng.bounded(3) == 0 ? 0 : int(m_rng.bounded(240)));
        int count = 0;
        const double r = m_rng.generateDouble() * 2 * m_config.faultsPerStep;
        count = int(r);
        for (int i = 0; i < count; ++i) {
            FakeTwilioServer::Fault f;
            const int kind = int(m_rng.bounded(15));
            const bool create = kind <= 7;
            f.method = create ? QByteArray("POST") : QByteArray("GET");
            f.pathSuffix = create ? QStringLiteral("/Messages.json") : QString();
            switch (kind) {
            case 0:
                f.dropConnection = true;
                break; // before the create
            case 1:
                f.process = true;
                f.dropConnection = true;
                break; // after it
            case 2:
                f.process = true;
                f.resetConnection = true;
                break; // reset after it
            case 3:
                f.process = true;
                f.delayMs = m_config.timeoutMs * 2;
                break; // past the timeout
            case 4:
                f.status = 429;
                f.body = R"({"code":20429,"message":"Too Many Requests","status":429})";
                break;
            case 5:
                f.process = true;
                f.status = 500;
                f.body = R"({"code":20500,"status":500})";
                break;
            case 6:
                f.status = 503;
                f.body = "<html>Service Unavailable</html>";
                break;
            case 7:
                f.process = true;
                f.status = 200;
                f.body = "{\"sid\": tru";
                break; // garbage after creating
            case 8:
                f.status = 500;
                f.body = R"({"code":20500,"status":500})";
                break;
            case 9:
                f.status = 200;
                f.body = "<html>captive portal</html>";
                break;
            case 10:
                f.process = true;
                f.reorderList = true;
                f.pathSuffix = QStringLiteral("/Messages.json");
                break;
            case 11:
                f.process = true;
                f.duplicateList = true;
                f.pathSuffix = QStringLiteral("/Messages.json");
                break;
            case 12:
                f.delayMs = m_config.timeoutMs * 2;
                break;
            case 13:
                f.resetConnection = true;
                break;
            default:
                f.status = 503;
                f.body = "oops";
                break;
            }
            rig.server.enqueueFault(f);
            ++m_result.faults;
        }
    }

    void deliverOlder(MessagingRig &rig)
    {
        // What carriers do: last step's texts are delivered (keeps the receipts poll realistic, not ever-growing).
        for (const QString &sid : std::as_const(m_toDeliver))
            rig.server.setStatus(sid, QStringLiteral("delivered"));
        m_toDeliver.clear();
    }

    void check(MessagingRig &rig, bool final)
    {
        auto fail = [this](const QString &what) {
            if (m_result.violations.size() < 20)
                m_result.violations << QStringLiteral("step %1: %2").arg(m_result.steps).arg(what);
        };
        // Created at most once: every new message at Twilio, by its body.
        for (const QJsonObject &m : rig.server.storedSince(m_seenStored)) {
            ++m_seenStored;
            if (m.value(QStringLiteral("direction")).toString() == QLatin1String("inbound"))
                continue;
            const QString body = m.value(QStringLiteral("body")).toString();
            const QString sid = m.value(QStringLiteral("sid")).toString();
            m_bodyOfSid.insert(sid, body);
            m_toDeliver.append(sid);
            if (m_createdBodies.contains(body))
                fail(QStringLiteral("created twice: %1").arg(body));
            m_createdBodies.insert(body);
            ++m_result.createdMessages;
        }
        // No row holds another message's sid; none lost (failed, canceled, vanished).
        auto rows = rig.db->exec(QStringLiteral("SELECT id, body, status, sid FROM messages WHERE direction = "
                                                "'outbound'"));
        int outbound = 0;
        while (rows && rows->next()) {
            ++outbound;
            const QString body = rows->value(1).toString();
            const QString status = rows->value(2).toString();
            const QString sid = rows->value(3).toString();
            if (!sid.isEmpty() && m_bodyOfSid.value(sid) != body)
                fail(QStringLiteral("row %1 adopted another message").arg(rows->value(0).toLongLong()));
            if (status == MessageStatus::Failed || status == MessageStatus::Canceled)
                fail(QStringLiteral("row %1 lost (%2)").arg(rows->value(0).toLongLong()).arg(status));
            if (status == MessageStatus::Sending)
                fail(QStringLiteral("row %1 left sending").arg(rows->value(0).toLongLong()));
            if (final && (sid.isEmpty() || !m_createdBodies.contains(body)))
                fail(QStringLiteral("row %1 never sent (%2)").arg(rows->value(0).toLongLong()).arg(status));
        }
        if (outbound != m_result.sends)
            fail(QStringLiteral("%1 outbound rows for %2 sends").arg(outbound).arg(m_result.sends));
        // Every reply stored once: no duplicate, none invented; at the end, none missing.
        auto inbound = rig.db->exec(QStringLiteral("SELECT sid FROM messages WHERE direction = 'inbound'"));
        QSet<QString> stored;
        while (inbound && inbound->next()) {
            const QString sid = inbound->value(0).toString();
            if (stored.contains(sid))
                fail(QStringLiteral("reply %1 stored twice").arg(sid));
            if (!m_injected.contains(sid))
                fail(QStringLiteral("reply %1 was never sent").arg(sid));
            stored.insert(sid);
        }
        m_result.repliesStored = int(stored.size());
        if (final && stored.size() != m_injected.size())
            fail(QStringLiteral("%1 of %2 replies stored").arg(stored.size()).arg(m_injected.size()));
    }

    SoakConfig m_config;
    QRandomGenerator m_rng;
    SoakResult m_result;
    QList<qint64> m_patients;
    QStringList m_phones;
    QHash<QString, qint64> m_rowOfBody;
    QHash<QString, QString> m_bodyOfSid;
    QSet<QString> m_createdBodies;
    QSet<QString> m_injected;
    QStringList m_toDeliver;
    int m_seenStored = 0;
};

} // namespace cd::test
