// Chat benchmarks: opening a 10,000-message thread (to the first painted frame) and scrolling through all of it.
// Offscreen, real widgets (ChatView, ChatListView, BubbleDelegate), a real SQLite file: the busy clinic's database
// (BigDatabase: the thread among 1,000,000 messages), against the same thread alone in a database in the same run.
#include "tests/bench/Bench.h"
#include "tests/bench/BigDatabase.h"

#include "tests/ui/ChatTestData.h"

#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"

#include "core/services/DataLocation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>

namespace {

constexpr int ThreadSize = 10000;

struct ChatFixture
{
    QTemporaryDir dir;
    std::shared_ptr<cd::Database> db;
    std::unique_ptr<cd::PatientStore> patients;
    std::unique_ptr<cd::MessageStore> messages;
    cd::Patient patient;
    bool ok = false;

    ChatFixture()
    {
        auto opened = cd::Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened)
            return;
        db = *opened;
        patients = std::make_unique<cd::PatientStore>(db);
        messages = std::make_unique<cd::MessageStore>(db);
        const qint64 id = cd::test::addTestPatient(*patients, QStringLiteral("Maria"), QStringLiteral("Lopez"),
                                                   QStringLiteral("(415) 555-0123"));
        if (id == 0)
            return;
        patient = *patients->get(id);
        ok = cd::test::storeMessages(*messages, cd::test::longConversation(id, ThreadSize)).size() == ThreadSize;
    }

    // The big database's 10,000-message thread (generated once, reused).
    explicit ChatFixture(const QString &bigDir)
    {
        if (bigDir.isEmpty())
            return;
        auto opened = cd::Database::openSqlite(cd::databaseFileIn(bigDir));
        if (!opened)
            return;
        db = *opened;
        patients = std::make_unique<cd::PatientStore>(db);
        messages = std::make_unique<cd::MessageStore>(db);
        auto found = patients->get(cd::bench::BigThreadPatientId);
        if (!found)
            return;
        patient = *found;
        ok = true;
    }
};

QJsonObject failure(const QString &scenario, const QString &why)
{
    return {{QStringLiteral("scenario"), scenario}, {QStringLiteral("error"), why}};
}

QList<double> openSamples(ChatFixture &fixture, QString *error)
{
    QList<double> samples;
    for (int run = 0; run < 15; ++run) {
        // A fresh view each run: no layout cached from the previous run.
        cd::ui::ChatView view(fixture.messages.get(), fixture.patients.get(), nullptr);
        view.resize(900, 760);
        view.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        view.showPatient(fixture.patient);
        view.repaint(); // the first frame, painted synchronously
        samples << double(timer.nsecsElapsed()) / 1e6;
        if (view.model()->rowCount() == 0 || !view.list()->isAtBottom()) {
            *error = QStringLiteral("the thread did not open at the newest message");
            return {};
        }
    }
    return samples;
}

QJsonObject chatOpen()
{
    const QString name = QStringLiteral("chat-open");
    QString error;
    ChatFixture big(cd::bench::bigDatabaseDir());
    if (!big.ok)
        return failure(name, QStringLiteral("no big database"));
    const QList<double> bigSamples = openSamples(big, &error);
    ChatFixture alone;
    if (!alone.ok)
        return failure(name, QStringLiteral("could not create the test thread"));
    const QList<double> aloneSamples = openSamples(alone, &error);
    if (!error.isEmpty())
        return failure(name, error);
    return {{QStringLiteral("scenario"), name},
            {QStringLiteral("thread_messages"), ThreadSize},
            {QStringLiteral("messages"), cd::bench::bigMessages()},
            {QStringLiteral("median_ms"), cd::bench::median(bigSamples)},
            {QStringLiteral("baseline_thread_alone_median_ms"), cd::bench::median(aloneSamples)},
            {QStringLiteral("ratio"), cd::bench::median(bigSamples) / cd::bench::median(aloneSamples)},
            {QStringLiteral("rss_mb"), cd::bench::residentMemoryMb()}};
}

// Frame times scrolling from the newest message to the oldest; `loaded` is how many rows the model reached.
QList<double> scrollFrames(ChatFixture &fixture, int *loaded)
{
    cd::ui::ChatView view(fixture.messages.get(), fixture.patients.get(), nullptr);
    view.resize(900, 760);
    view.show();
    view.showPatient(fixture.patient);
    view.repaint();
    QCoreApplication::processEvents();

    cd::ui::ChatListView *list = view.list();
    QScrollBar *bar = list->verticalScrollBar();
    const int step = 120; // one mouse-wheel notch
    QList<double> frames;
    int guard = 0;
    // Scroll from the newest message up through the whole thread: older pages load on the way.
    const bool debug = qEnvironmentVariableIsSet("CHAT_BENCH_DEBUG");
    while ((bar->value() > 0 || list->messageModel()->hasOlder()) && guard++ < 200000) {
        QElapsedTimer timer;
        timer.start();
        const int rowsBefore = list->messageModel()->rowCount();
        bar->setValue(bar->value() - step);
        const qint64 a = timer.nsecsElapsed();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        const qint64 b = timer.nsecsElapsed();
        // The frame: the scroll posted an update of the viewport; processing it paints.
        QCoreApplication::processEvents();
        frames << double(timer.nsecsElapsed()) / 1e6;
        if (debug && frames.last() > 3.0)
            qInfo("frame %d rows %d->%d value %d set %.2f meta %.2f rest %.2f", int(frames.size()), rowsBefore,
                  list->messageModel()->rowCount(), bar->value(), a / 1e6, (b - a) / 1e6,
                  (timer.nsecsElapsed() - b) / 1e6);
    }
    *loaded = list->messageModel()->rowCount();
    return frames;
}

QJsonObject chatScroll()
{
    const QString name = QStringLiteral("chat-scroll");
    ChatFixture big(cd::bench::bigDatabaseDir());
    if (!big.ok)
        return failure(name, QStringLiteral("no big database"));
    int loaded = 0;
    const QList<double> frames = scrollFrames(big, &loaded);
    ChatFixture alone;
    if (!alone.ok)
        return failure(name, QStringLiteral("could not create the test thread"));
    int loadedAlone = 0;
    const QList<double> aloneFrames = scrollFrames(alone, &loadedAlone);
    QJsonObject result{
        {QStringLiteral("scenario"), name},
        {QStringLiteral("thread_messages"), ThreadSize},
        {QStringLiteral("messages"), cd::bench::bigMessages()},
        {QStringLiteral("frames"), int(frames.size())},
        {QStringLiteral("loaded"), loaded},
        {QStringLiteral("median_frame_ms"), cd::bench::median(frames)},
        {QStringLiteral("p95_frame_ms"), cd::bench::percentile(frames, 95.0)},
        {QStringLiteral("max_frame_ms"), cd::bench::percentile(frames, 100.0)},
        {QStringLiteral("baseline_thread_alone_p95_frame_ms"), cd::bench::percentile(aloneFrames, 95.0)},
        {QStringLiteral("ratio_p95"), cd::bench::percentile(frames, 95.0) / cd::bench::percentile(aloneFrames, 95.0)},
        {QStringLiteral("rss_mb"), cd::bench::residentMemoryMb()}};
    if (loaded < ThreadSize || loadedAlone != ThreadSize) // the big thread grows by the replies `change` adds
        result.insert(QStringLiteral("error"), QStringLiteral("scrolling did not reach the first message"));
    return result;
}

const bool registeredOpen = cd::bench::registerScenario(
    {QStringLiteral("chat-open"),
     QStringLiteral(
         "10,000-message thread: selecting the patient to the first painted frame (target median <= 100 ms)"),
     chatOpen});
const bool registeredScroll = cd::bench::registerScenario(
    {QStringLiteral("chat-scroll"),
     QStringLiteral(
         "10,000-message thread: time per frame scrolling from the newest to the oldest (target p95 <= 16 ms)"),
     chatScroll});

} // namespace
