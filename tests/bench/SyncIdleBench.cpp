// sync-idle: one messaging cycle with nothing new, over a history of 10,000 messages, against the loopback fake
// Twilio through the real engine and client. Prints the requests one cycle makes (at most 2 by design) and its
// median duration.
#include "tests/bench/Bench.h"

#include "tests/core/MessagingTestRig.h"
#include "tests/support/MessageFixtures.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace {

using namespace cd;
using namespace cd::test;

static int Messages =
    qEnvironmentVariableIsSet("SYNC_IDLE_MESSAGES") ? qEnvironmentVariableIntValue("SYNC_IDLE_MESSAGES") : 10000;
constexpr int Runs = 21;

QJsonObject run()
{
    MessagingRig rig;
    const qint64 patient = rig.addPatient(QStringLiteral("Bench"), QStringLiteral("(415) 555-0123"));
    const QString patientPhone = QStringLiteral("+14155550123");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 60 days of conversation, all final, the same at Twilio and here.
    (void)insertMessages(*rig.db, mirroredHistory(rig.server, patient, patientPhone, TestClinicNumber, Messages, now));

    rig.engine().runCycle(); // warm-up: connection, prepared statements
    QList<double> samples;
    int maxRequests = 0;
    bool allOk = true;
    for (int i = 0; i < Runs; ++i) {
        rig.server.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        const SyncReport report = rig.engine().runCycle();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        allOk = allOk && report.ok() && report.inbound == 0;
        maxRequests = std::max(maxRequests, rig.server.requestCount());
    }
    if (qEnvironmentVariableIsSet("SYNC_IDLE_DETAIL")) {
        QElapsedTimer t;
        t.start();
        (void)rig.engine().poller().pollInbound();
        const double inboundMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        (void)rig.engine().poller().pollStatuses();
        const double statusMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        (void)rig.engine().outbox().flush();
        qInfo("inbound %.2f ms, statuses %.2f ms, flush %.2f ms", inboundMs, statusMs, double(t.nsecsElapsed()) / 1e6);
    }
    return QJsonObject{{QStringLiteral("scenario"), QStringLiteral("sync-idle")},
                       {QStringLiteral("messages"), rig.countRows()},
                       {QStringLiteral("requests"), maxRequests},
                       {QStringLiteral("median_ms"), qRound(bench::median(samples) * 100) / 100.0},
                       {QStringLiteral("p90_ms"), qRound(bench::percentile(samples, 90) * 100) / 100.0},
                       {QStringLiteral("runs"), Runs},
                       {QStringLiteral("ok"), allOk}};
}

const bool registered = bench::registerScenario(
    {QStringLiteral("sync-idle"),
     QStringLiteral("One idle messaging cycle over 10,000 stored messages against a loopback Twilio fake"), run});

} // namespace
