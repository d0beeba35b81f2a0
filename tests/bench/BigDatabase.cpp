#include "tests/bench/BigDatabase.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/services/DataLocation.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

namespace cd::bench {

namespace {

const char *const FirstNames[] = {"Ana",  "Luis", "María", "José",  "Wei",   "Fatima", "John",  "Olga", "Kai", "Noor",
                                  "Emma", "Liam", "Sofia", "Mateo", "Chloé", "Björn",  "Aisha", "Hiro", "Zoë", "Omar"};
const char *const LastNames[] = {"Diaz",   "Nguyen", "Smith",   "García", "Müller",   "Kim",    "Patel",
                                 "Okafor", "Rossi",  "Cohen",   "Silva",  "Kowalski", "Haddad", "Tanaka",
                                 "Brown",  "Lopez",  "Ivanova", "Dubois", "O'Brien",  "Ngata"};
const char *const Bodies[] = {
    "Hi %1, this is a reminder of your appointment tomorrow at %2. Reply C to confirm.",
    "Running about 15 minutes late, sorry!",
    "Thanks, see you then",
    "Can I reschedule to next week?",
    "Your lab results are ready. Please call us at your convenience.",
    "Is the clinic open on Saturday?",
    "C",
    "Hola %1, le recordamos su cita mañana a las %2.",
    "Gracias, nos vemos mañana",
    "Здравствуйте, я опоздаю на 10 минут",
    "Please bring your insurance card and a photo ID.",
    "Where do I park?",
    "Your prescription is ready for pickup at the front desk.",
    "Ok",
    "We have an opening today at %2 if you would like an earlier visit.",
    "Merci, à demain",
};

int envInt(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

QString marker()
{
    return QStringLiteral("%1/%2/v1").arg(bigPatients()).arg(bigMessages());
}

bool seedPatients(Database &db, QRandomGenerator &random)
{
    auto written = db.write([&](QSqlDatabase &tx) -> Status<> {
        for (int i = 0; i < bigPatients(); ++i) {
            Patient p;
            p.firstName = QString::fromUtf8(FirstNames[random.bounded(20)]);
            p.lastName = QString::fromUtf8(LastNames[random.bounded(20)]) + QString::number(i / 20);
            p.dateOfBirth = QDate(1940, 1, 1).addDays(random.bounded(365 * 80));
            const QString national = QStringLiteral("415%1").arg(i, 7, 10, QLatin1Char('0'));
            p.phoneRaw = national;
            p.phoneE164 = QStringLiteral("+1") + national;
            p.smsConsent = true;
            auto id = PatientStore::insertIn(tx, p, QStringLiteral("bench.seed"), {});
            if (!id)
                return id.error();
        }
        return Ok{};
    });
    return written.ok();
}

bool seedMessages(Database &db, QRandomGenerator &random)
{
    const int total = bigMessages();
    const int thread = std::min(10000, total / 2);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-600);
    const qint64 span = 3LL * 365 * 24 * 3600; // three years
    const int batch = 20000;
    QTextStream err(stderr);
    for (int start = 0; start < total; start += batch) {
        QList<Message> rows;
        for (int i = start; i < std::min(total, start + batch); ++i) {
            Message m;
            const bool inThread = i % (total / thread) == 0;
            const bool unmatched = !inThread && random.bounded(100) == 0;
            m.direction = random.bounded(2) ? Message::Direction::Inbound : Message::Direction::Outbound;
            if (unmatched)
                m.direction = Message::Direction::Inbound;
            const qint64 patient = inThread ? BigThreadPatientId : 2 + random.bounded(bigPatients() - 1);
            if (!unmatched)
                m.patientId = patient;
            m.createdAt = end.addSecs(-span + span * i / total);
            m.sentAt = m.createdAt;
            m.updatedAt = m.createdAt;
            // The random draws happen for every body (the data stays what earlier runs generated); only the
            // templates with placeholders take them, so QString::arg warns about none.
            const QString body = QString::fromUtf8(Bodies[random.bounded(int(std::size(Bodies)))]);
            const QString time = QStringLiteral("%1:%2").arg(8 + random.bounded(9)).arg(random.bounded(2) ? 30 : 0);
            m.body =
                body.contains(QLatin1Char('%')) ? body.arg(QString::fromUtf8(FirstNames[patient % 20]), time) : body;
            m.sid = QStringLiteral("SMbench%1").arg(i, 25, 10, QLatin1Char('0'));
            m.status = m.direction == Message::Direction::Inbound ? MessageStatus::Received : MessageStatus::Delivered;
            const QString patientNumber = unmatched ? QStringLiteral("+1628%1").arg(random.bounded(500), 7, 10,
                                                                                   QLatin1Char('0'))
                                                    : QStringLiteral("+1415%1").arg(patient - 1, 7, 10, QLatin1Char('0'));
            m.fromNumber = m.isInbound() ? patientNumber : QStringLiteral("+14155550100");
            m.toNumber = m.isInbound() ? QStringLiteral("+14155550100") : patientNumber;
            m.segments = 1;
            // Everything read but the last few hundred replies.
            if (m.isInbound() && i < total - 2000)
                m.readAt = m.createdAt.addSecs(300);
            rows << m;
        }
        auto written = db.write([&](QSqlDatabase &tx) -> Status<> {
            auto ids = MessageStore::insertAllIn(tx, rows);
            if (!ids)
                return ids.error();
            return Ok{};
        });
        if (!written) {
            err << "seeding messages failed: " << written.error().message << Qt::endl;
            return false;
        }
        if ((start / batch) % 10 == 0)
            err << "  messages " << start + rows.size() << " / " << total << Qt::endl;
    }
    return true;
}

} // namespace

int bigPatients()
{
    return envInt("BENCH_PATIENTS", 100000);
}

int bigMessages()
{
    return envInt("BENCH_MESSAGES", 1000000);
}

QString bigDatabaseDir()
{
    const QString dir = qEnvironmentVariableIsSet("BENCH_DB_DIR")
                            ? qEnvironmentVariable("BENCH_DB_DIR")
                            : QDir::temp().filePath(
                                  QStringLiteral("clinicdesk-bench-%1-%2").arg(bigPatients()).arg(bigMessages()));
    const QString file = databaseFileIn(dir);
    QTextStream err(stderr);
    {
        auto db = Database::openSqlite(file);
        if (!db)
            return {};
        MessageStore store(*db);
        if (store.stateValue(QStringLiteral("bench_generated")).value_or(QString()) == marker())
            return dir;
    }
    // Made fresh: a half-made file from an interrupted run is not reused.
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    auto db = Database::openSqlite(file);
    if (!db)
        return {};
    err << "generating " << bigPatients() << " patients and " << bigMessages() << " messages in " << dir
        << " (once; reused by later runs)" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(42);
    if (!seedPatients(**db, random) || !seedMessages(**db, random))
        return {};
    MessageStore store(*db);
    if (!store.setStateValue(QStringLiteral("bench_generated"), marker()))
        return {};
    err << "generated in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    return dir;
}

} // namespace cd::bench
