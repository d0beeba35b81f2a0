// The busy clinic's scenarios, on the generated database (BigDatabase: 100,000 patients, 1,000,000 messages), each
// compared in the same run with its own baseline:
//   startup        the real clinicdesk to its first painted patient list vs a bare Qt window (list + four tabs)
//   change         GUI-thread time from a committed reply to bubble, badge and unread list, vs a 1,000-message db
//   history-search message search (FTS5 trigram) vs the same words with LIKE over every message
#include "tests/bench/Bench.h"
#include "tests/bench/BigDatabase.h"

#include "tests/support/MessageFixtures.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/services/DataLocation.h"
#include "core/storage/Database.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ProfileView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

namespace {

using namespace cd;

QJsonObject failure(const QString &scenario, const QString &why)
{
    return {{QStringLiteral("scenario"), scenario}, {QStringLiteral("error"), why}};
}

double round2(double v)
{
    return qRound(v * 100) / 100.0;
}

// --- startup ---

struct Launch
{
    double wallMs = -1; // spawn to the first-paint line
    double rssMb = 0;
};

Launch launch(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Launch result;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(50);
        while (process.canReadLine()) {
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.value(0) == "first-paint-ms") {
                result.wallMs = double(timer.nsecsElapsed()) / 1e6;
                result.rssMb = words.value(3).toDouble();
            }
        }
        if (result.wallMs >= 0 || timer.elapsed() > 60000)
            break;
    }
    process.waitForFinished(30000);
    return result;
}

QJsonObject startup()
{
    const QString name = QStringLiteral("startup");
    const QString dir = bench::bigDatabaseDir();
    if (dir.isEmpty())
        return failure(name, QStringLiteral("no database"));
    test::TestEnvironment home; // settings of its own: no credentials, no window geometry from a user
    QProcessEnvironment env = home.processEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CLINICDESK_NO_DEMO_OFFER"), QStringLiteral("1"));
    const QStringList appArgs{QStringLiteral("--data-dir"), dir, QStringLiteral("--exit-after-first-paint")};
    QList<double> app, bare, appRss, bareRss;
    (void)launch(QStringLiteral(CLINICDESK_GUI_PATH), appArgs, env); // warm cache
    (void)launch(QStringLiteral(BARE_WINDOW_PATH), {}, env);
    // Interleaved, so both see the same machine noise; 15 pairs, since one launch on a shared 2-core VM can take
    // twice as long as the next.
    constexpr int Runs = 15;
    for (int run = 0; run < Runs; ++run) {
        const Launch a = launch(QStringLiteral(CLINICDESK_GUI_PATH), appArgs, env);
        const Launch b = launch(QStringLiteral(BARE_WINDOW_PATH), {}, env);
        if (a.wallMs < 0 || b.wallMs < 0)
            return failure(name, QStringLiteral("a window did not report its first paint"));
        app << a.wallMs;
        bare << b.wallMs;
        appRss << a.rssMb;
        bareRss << b.rssMb;
    }
    const double appMedian = bench::median(app);
    const double bareMedian = bench::median(bare);
    return {{QStringLiteral("scenario"), name},
            {QStringLiteral("patients"), bench::bigPatients()},
            {QStringLiteral("messages"), bench::bigMessages()},
            {QStringLiteral("clinicdesk_median_ms"), round2(appMedian)},
            {QStringLiteral("bare_window_median_ms"), round2(bareMedian)},
            {QStringLiteral("ratio"), round2(appMedian / bareMedian)},
            {QStringLiteral("clinicdesk_rss_mb"), round2(bench::median(appRss))},
            {QStringLiteral("bare_window_rss_mb"), round2(bench::median(bareRss))},
            {QStringLiteral("rss_ratio"), round2(bench::median(appRss) / bench::median(bareRss))},
            {QStringLiteral("platform"), env.value(QStringLiteral("QT_QPA_PLATFORM"))},
            {QStringLiteral("runs"), Runs}};
}

// --- change ---

// GUI-thread time for one reply: the announcement's handlers, then every event the GUI thread processes until the
// bubble, the badge and the unread list show it, then the frame. Idle waiting (the counter's debounce) is not counted.
QList<double> measureChange(AppServices &services, qint64 patientId, int samples)
{
    QList<double> result;
    ui::MainWindow window(services);
    window.resize(1100, 720);
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (!window.chat()->isStarted() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    window.openPatient(patientId, false);
    window.profile()->tabs()->setCurrentIndex(ui::ProfileView::ChatTab);
    QCoreApplication::processEvents();
    MessageStore &messages = services.messages();
    // The window is not active offscreen, so shown replies stay unread: the badge grows by one per reply.
    for (int i = 0; i < samples + 2; ++i) {
        Message reply = test::chatMessage(patientId, Message::Direction::Inbound,
                                          QStringLiteral("Bench reply %1").arg(i), QDateTime::currentDateTimeUtc());
        reply.sid = test::fakeSid();
        // Committed as the messaging thread would (in another thread), announced to the GUI thread after COMMIT.
        QThread *writer = QThread::create([&messages, reply] { (void)messages.storeInboundOnce(reply); });
        writer->start();
        writer->wait();
        delete writer;
        // A fixed 150 ms of wall time covers the unread counter's 50 ms debounce and what follows it; only the
        // time spent handling events is summed.
        double busy = 0;
        QElapsedTimer limit;
        limit.start();
        while (limit.elapsed() < 150) {
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents();
            busy += double(t.nsecsElapsed()) / 1e6;
            QThread::usleep(300);
        }
        const auto stored = messages.findBySid(reply.sid);
        if (!stored || !*stored || window.chat()->chatView()->model()->rowOfMessage((*stored)->id) < 0)
            return {}; // the bubble never came: reported as a failure
        QElapsedTimer paint;
        paint.start();
        window.repaint();
        busy += double(paint.nsecsElapsed()) / 1e6;
        if (i >= 2) // the first two warm the caches
            result << busy;
    }
    return result;
}

QJsonObject change()
{
    const QString name = QStringLiteral("change");
    const QString dir = bench::bigDatabaseDir();
    if (dir.isEmpty())
        return failure(name, QStringLiteral("no database"));
    test::TestEnvironment home;
    QList<double> big, small;
    {
        auto services = AppServices::openSqlite(databaseFileIn(dir), {});
        if (!services)
            return failure(name, services.error().message);
        big = measureChange(**services, bench::BigThreadPatientId, 30);
        if (big.isEmpty())
            return failure(name, QStringLiteral("the reply never reached the open chat"));
    }
    {
        auto services = AppServices::openSqlite(home.databaseFile(), {});
        if (!services)
            return failure(name, services.error().message);
        const qint64 id = test::addTestPatient((*services)->patients(), QStringLiteral("Small"), QStringLiteral("Db"),
                                               QStringLiteral("(415) 555-0123"));
        (void)test::insertMessages(*(*services)->database(), test::longConversation(id, 1000));
        small = measureChange(**services, id, 30);
        if (small.isEmpty())
            return failure(name, QStringLiteral("the reply never reached the open chat (baseline)"));
    }
    return {{QStringLiteral("scenario"), name},
            {QStringLiteral("messages"), bench::bigMessages()},
            {QStringLiteral("median_ms"), round2(bench::median(big))},
            {QStringLiteral("p95_ms"), round2(bench::percentile(big, 95))},
            {QStringLiteral("baseline_1000_messages_median_ms"), round2(bench::median(small))},
            {QStringLiteral("baseline_1000_messages_p95_ms"), round2(bench::percentile(small, 95))},
            {QStringLiteral("ratio_p95"), round2(bench::percentile(big, 95) / bench::percentile(small, 95))},
            {QStringLiteral("samples"), int(big.size())}};
}

// --- history-search ---

QJsonObject historySearch()
{
    const QString name = QStringLiteral("history-search");
    const QString dir = bench::bigDatabaseDir();
    if (dir.isEmpty())
        return failure(name, QStringLiteral("no database"));
    auto db = Database::openSqlite(databaseFileIn(dir));
    if (!db)
        return failure(name, db.error().message);
    MessageStore store(*db);
    const QStringList queries = {QStringLiteral("running late"), QStringLiteral("reschedule"),
                                 QStringLiteral("insurance"),    QStringLiteral("prescription ready"),
                                 QStringLiteral("опоздаю"),      QStringLiteral("mañana"),
                                 QStringLiteral("park"),         QStringLiteral("10:30"),
                                 QStringLiteral("Saturday"),     QStringLiteral("zzqqxx")};
    QList<double> fts;
    int hits = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : queries) {
            QElapsedTimer t;
            t.start();
            auto found = store.search(text, 100);
            fts << double(t.nsecsElapsed()) / 1e6;
            if (found)
                hits += int(found->size());
        }
    }
    // Baseline: the same first page of newest matches without the index (a LIKE over the messages).
    QList<double> like;
    for (const QString &text : queries) {
        QElapsedTimer t;
        t.start();
        auto q = (*db)->exec(QStringLiteral("SELECT id FROM messages WHERE body LIKE ? ORDER BY id DESC LIMIT 100"),
                             {QString(QStringLiteral("%") + text + QStringLiteral("%"))});
        while (q && q->next()) {
        }
        like << double(t.nsecsElapsed()) / 1e6;
    }
    return {{QStringLiteral("scenario"), name},
            {QStringLiteral("messages"), bench::bigMessages()},
            {QStringLiteral("median_ms"), round2(bench::median(fts))},
            {QStringLiteral("p95_ms"), round2(bench::percentile(fts, 95))},
            {QStringLiteral("like_median_ms"), round2(bench::median(like))},
            {QStringLiteral("like_p95_ms"), round2(bench::percentile(like, 95))},
            {QStringLiteral("ratio_p95"), round2(bench::percentile(fts, 95) / bench::percentile(like, 95))},
            {QStringLiteral("queries"), int(queries.size())},
            {QStringLiteral("hits"), hits}};
}

const bool registeredStartup = bench::registerScenario(
    {QStringLiteral("startup"), QStringLiteral("clinicdesk to first painted patient list vs a bare window"), startup});
const bool registeredChange = bench::registerScenario(
    {QStringLiteral("change"), QStringLiteral("GUI-thread time from a committed reply to bubble, badge, list"), change});
const bool registeredSearch = bench::registerScenario(
    {QStringLiteral("history-search"), QStringLiteral("message search at 1,000,000 messages vs LIKE"), historySearch});

} // namespace
