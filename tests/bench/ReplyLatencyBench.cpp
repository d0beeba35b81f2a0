// reply-latency: a reply injected at a loopback Twilio stand-in until its bubble is in the open chat, with the
// adaptive schedule (a send just before: the active interval) against the fixed 10 s chat-open interval of before,
// in the same run. poll-rate: Twilio requests per hour in each polling mode, from the measured requests per idle
// cycle and the schedule's intervals, against the fixed schedule of before.
#include "tests/bench/Bench.h"

#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/PollSchedule.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QThread>

namespace {

using namespace cd;

const QString PatientPhone = QStringLiteral("+14155550123");

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::usleep(500);
    }
}

struct LatencyRun
{
    QList<double> samples;
    int requests = 0; // during the idle minute-fraction measured after the replies
    int cycles = 0;
    double idleSeconds = 0;
    QMap<QString, int> byKind; // what the idle requests asked for ("GET Messages.json To=", …)
};

// One desk with the chat open: a send first (activity), then `count` replies injected at random moments.
LatencyRun measure(test::FakeTwilioServer &server, int activeSec, int chatOpenSec, int count)
{
    LatencyRun run;
    (void)AppSettings::setValue(SettingKeys::PollIntervalActiveSec, activeSec);
    (void)AppSettings::setValue(SettingKeys::PollIntervalChatSec, chatOpenSec);
    test::TestEnvironment data;
    AppServices::Options options;
    options.phoneRegion = QStringLiteral("US");
    options.credentials = std::make_shared<EnvCredentialsProvider>(test::testCredentialsEnvironment());
    auto services = AppServices::openSqlite(data.databaseFile(), std::move(options));
    if (!services || !(*services)->messaging().start())
        return run;
    const qint64 id = test::addTestPatient((*services)->patients(), QStringLiteral("Maria"), QStringLiteral("Lopez"),
                                           QStringLiteral("(415) 555-0123"));
    ui::ChatView view(&(*services)->messages(), &(*services)->patients(), &(*services)->messaging());
    view.resize(800, 700);
    view.show();
    view.showPatient(*(*services)->patients().get(id));
    (void)(*services)->messaging().send(id, QStringLiteral("Your results are ready"));
    spin(1500);
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        spin(random.bounded(500, 3000)); // a reply comes when it comes
        const int rows = view.model()->rowCount();
        server.injectInbound(PatientPhone, test::TestClinicNumber, QStringLiteral("reply %1").arg(i),
                             QDateTime::currentDateTimeUtc());
        QElapsedTimer t;
        t.start();
        while (view.model()->rowCount() <= rows && t.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::usleep(500);
        }
        run.samples << double(t.nsecsElapsed()) / 1e6;
    }
    // Requests of idle cycles at this pace: 10 s with nothing new. The text sent above gets its receipt first (a
    // real one comes within seconds); a text still on its way is asked about on top, see Poller::statusCheckDue.
    for (const QJsonObject &message : server.messages())
        if (message.value(QStringLiteral("direction")).toString().startsWith(QLatin1String("outbound")))
            server.setStatus(message.value(QStringLiteral("sid")).toString(), QStringLiteral("delivered"));
    spin(4000);
    QObject counter;
    QObject::connect(&(*services)->messaging(), &MessagingService::cycleFinished, &counter,
                     [&run](int, int, const QString &) { ++run.cycles; });
    server.clearRequestLog();
    QElapsedTimer idle;
    idle.start();
    spin(10000);
    run.idleSeconds = idle.elapsed() / 1000.0;
    run.requests = server.requestCount();
    for (const auto &request : server.requests()) {
        QStringList filters;
        for (const auto &item : request.query)
            if (item.first != QLatin1String("PageSize"))
                filters << item.first;
        run.byKind[QString::fromLatin1(request.method) + u' ' + request.path.section(u'/', -1) + u' ' +
                   filters.join(u',')] += 1;
    }
    return run;
}

double round2(double v)
{
    return qRound(v * 100) / 100.0;
}

LatencyRun adaptiveRun;
bool measured = false;

QJsonObject replyLatency()
{
    test::TestEnvironment home; // the settings written below stay in it
    test::FakeTwilioServer server;
    server.setAccount(test::TestAccountSid, test::TestAuthToken);
    server.addIncomingNumber(test::TestClinicNumber);
    if (!server.start())
        return {{QStringLiteral("scenario"), QStringLiteral("reply-latency")}, {QStringLiteral("error"), true}};
    qputenv("CLINICDESK_TWILIO_BASE_URL", server.baseUrl().toUtf8());
    adaptiveRun = measure(server, 3, 10, 12);
    const LatencyRun before = measure(server, 10, 10, 6); // the fixed 10 s of before
    qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    measured = true;
    const double adaptive = bench::median(adaptiveRun.samples);
    const double fixed = bench::median(before.samples);
    return {{QStringLiteral("scenario"), QStringLiteral("reply-latency")},
            {QStringLiteral("median_ms"), round2(adaptive)},
            {QStringLiteral("p95_ms"), round2(bench::percentile(adaptiveRun.samples, 95))},
            {QStringLiteral("fixed_10s_median_ms"), round2(fixed)},
            {QStringLiteral("ratio"), round2(adaptive / fixed)},
            {QStringLiteral("samples"), int(adaptiveRun.samples.size())}};
}

QJsonObject pollRate()
{
    if (!measured)
        (void)replyLatency();
    // Requests per cycle with nothing new, measured at the active pace above.
    const double perCycle = adaptiveRun.cycles > 0 ? double(adaptiveRun.requests) / adaptiveRun.cycles : 0;
    const PollIntervals in; // the defaults (settings: pollIntervalActiveSec, ...ChatOpenSec, ...IdleSec)
    const auto perHour = [perCycle](int intervalMs) { return qRound(perCycle * 3600000.0 / intervalMs); };
    return {{QStringLiteral("scenario"), QStringLiteral("poll-rate")},
            {QStringLiteral("requests_per_idle_cycle"), round2(perCycle)},
            {QStringLiteral("idle_requests"), QJsonObject::fromVariantMap([] {
                 QVariantMap kinds;
                 for (auto it = adaptiveRun.byKind.cbegin(); it != adaptiveRun.byKind.cend(); ++it)
                     kinds.insert(it.key(), it.value());
                 return kinds;
             }())},
            {QStringLiteral("measured_active_requests_per_hour"),
             qRound(adaptiveRun.requests * 3600.0 / std::max(1.0, adaptiveRun.idleSeconds))},
            {QStringLiteral("active_per_hour"), perHour(in.activeMs)},
            {QStringLiteral("chat_open_per_hour"), perHour(in.chatOpenMs)},
            {QStringLiteral("idle_per_hour"), perHour(in.idleMs)},
            {QStringLiteral("inactive_per_hour"), perHour(in.idleMs)},
            {QStringLiteral("before_chat_open_per_hour"), perHour(10000)},
            {QStringLiteral("before_idle_per_hour"), perHour(60000)},
            {QStringLiteral("active_window_s"), in.activeWindowMs / 1000}};
}

const bool registeredLatency = bench::registerScenario(
    {QStringLiteral("reply-latency"), QStringLiteral("reply at a loopback Twilio to its bubble in the open chat"),
     replyLatency});
const bool registeredRate = bench::registerScenario(
    {QStringLiteral("poll-rate"), QStringLiteral("Twilio requests per hour in each polling mode"), pollRate});

} // namespace
