// Every statement the real window runs at start-up (first page of patients, then the messaging session, the unread
// counts and lists after the first frame) and on a change (a reply stored, a status update, a read mark) is
// recorded through Database's query observer and explained with EXPLAIN QUERY PLAN. A full SCAN of messages or
// patients fails the test: those tables hold a million and a hundred thousand rows at a busy clinic.
#include "tests/support/MessageFixtures.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/ChatTestData.h"

#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "core/storage/Database.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ProfileView.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace cd;
using namespace cd::ui;

namespace {

struct Recorded
{
    QString sql;
    QVariantList binds;
};

QMutex recordedLock;
QList<Recorded> recorded;

// The names a statement gives messages and patients (the tables and their aliases).
QSet<QString> namesOfBigTables(const QString &sql)
{
    static const QRegularExpression use(QStringLiteral("\\b(messages|patients)\\b(?:\\s+(?:AS\\s+)?(\\w+))?"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> keywords{"WHERE", "SET",   "ORDER", "JOIN",   "ON",  "LEFT", "INNER",
                                        "GROUP", "LIMIT", "UNION", "VALUES", "AND", "OR",   "WINDOW"};
    QSet<QString> names;
    for (auto it = use.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        names.insert(match.captured(1).toLower());
        if (!match.captured(2).isEmpty() && !keywords.contains(match.captured(2).toUpper()))
            names.insert(match.captured(2));
    }
    return names;
}

// One line per full scan of messages or patients in the plan of `sql`; empty when it only searches them. An ordered
// walk of an index that stops at a page (LIMIT, no sort, no grouping or counting) reads a page, and is allowed.
QStringList fullScans(Database &db, const Recorded &statement)
{
    auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.binds);
    if (!plan)
        return {QStringLiteral("cannot explain: %1 (%2)").arg(statement.sql, plan.error().message)};
    QStringList details;
    while (plan->next())
        details << plan->value(3).toString();
    static const QRegularExpression aggregate(
        QStringLiteral("\\b(GROUP BY|COUNT\\s*\\(|SUM\\s*\\(|MAX\\s*\\(|MIN\\s*\\()"),
        QRegularExpression::CaseInsensitiveOption);
    // A sort of the rows an "IN (SELECT … LIMIT ?)" page picked sorts that page only (the patient list's first page).
    static const QRegularExpression limitedSubquery(QStringLiteral("IN \\(SELECT [^()]* LIMIT \\?\\)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    const bool pageWalk = statement.sql.contains(QStringLiteral("LIMIT"), Qt::CaseInsensitive) &&
                          !statement.sql.contains(aggregate) &&
                          (!details.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")) ||
                           statement.sql.contains(limitedSubquery));
    const QSet<QString> names = namesOfBigTables(statement.sql);
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
    // A search by a range only ("patient_id IS NOT NULL" is explained as "(patient_id>?)") can read the whole table
    // too: the old GROUP BY patient_id behind the unread list did, as a SEARCH. Allowed only as a page walk.
    static const QRegularExpression rangeOnly(QStringLiteral("^SEARCH (\\w+) USING .*\\(([^()=]*)\\)$"));
    // A search by columns with a handful of values only ("direction=?") reads a large share of the
    // table: the media query walked every reply that way. Counted as a scan unless it is a page walk.
    static const QRegularExpression fewValuesOnly(
        QStringLiteral("^SEARCH (\\w+) USING .*\\(((?:direction|channel|purpose|is_demo|media_listed)=\\?"
                       "(?: AND )?)+\\)$"));
    QStringList found;
    for (const QString &detail : std::as_const(details)) {
        auto match = scan.match(detail);
        if (!match.hasMatch())
            match = rangeOnly.match(detail);
        // MAX or MIN of an indexed column after an equality reads one index entry (SQLite's min/max optimisation).
        static const QRegularExpression oneEnd(QStringLiteral("^SELECT (MAX|MIN)\\(\\w+\\) FROM \\w+ WHERE [^()]*$"),
                                               QRegularExpression::CaseInsensitiveOption);
        bool fewValues = false;
        if (!match.hasMatch() &&
            !(statement.sql.contains(oneEnd) && detail.contains(QStringLiteral("COVERING INDEX")))) {
            match = fewValuesOnly.match(detail);
            fewValues = match.hasMatch();
        }
        if (!match.hasMatch() || !names.contains(match.captured(1)))
            continue;
        // A LIMIT does not bound such a search: the rows the other conditions reject (all of them, when nothing
        // matches) are read first.
        if (pageWalk && !fewValues && detail.contains(QStringLiteral("USING")) &&
            detail.contains(QStringLiteral("INDEX")))
            continue;
        found << QStringLiteral("%1\n    in: %2").arg(detail, statement.sql.simplified());
    }
    return found;
}

} // namespace

class TestStartupQueries : public QObject
{
    Q_OBJECT
private slots:
    void noStartupOrChangeQueryScansMessagesOrPatients()
    {
        for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                                 "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
            qunsetenv(name);
        test::TestEnvironment env;
        QList<qint64> ids;
        {
            // A database with history, written by "another process" before the window starts.
            auto services = AppServices::openSqlite(env.databaseFile(), {});
            QVERIFY(services);
            for (int i = 0; i < 30; ++i)
                ids << test::addTestPatient((*services)->patients(), QStringLiteral("Pat%1").arg(i),
                                            QStringLiteral("Scan"),
                                            QStringLiteral("(415) 555-%1").arg(1000 + i, 4, 10, QLatin1Char('0')));
            QList<Message> history;
            for (qint64 id : std::as_const(ids))
                history << test::longConversation(id, 20);
            Message stranger = test::chatMessage(std::nullopt, Message::Direction::Inbound, QStringLiteral("who?"),
                                                 QDateTime::currentDateTimeUtc());
            stranger.fromNumber = QStringLiteral("+14155550999");
            history << stranger;
            QVERIFY(test::insertMessages(*(*services)->database(), history));
        }

        Database::setQueryObserver([](const QString &sql, const QVariantList &binds) {
            QMutexLocker lock(&recordedLock);
            recorded.append({sql, binds});
        });
        auto services = AppServices::openSqlite(env.databaseFile(), {});
        QVERIFY(services);
        MessageStore &messages = (*services)->messages();
        {
            MainWindow window(**services);
            QSignalSpy cycles(&(*services)->messaging(), &MessagingService::cycleFinished);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.chat()->isStarted());
            QTRY_VERIFY_WITH_TIMEOUT(cycles.count() > 0, 20000); // the messaging session's first cycle

            // Changes: a reply stored, a status update, a read mark, as the engine and the staff make them.
            Message reply = test::chatMessage(ids.at(3), Message::Direction::Inbound, QStringLiteral("On my way"),
                                              QDateTime::currentDateTimeUtc());
            reply.sid = test::fakeSid();
            QVERIFY(*messages.storeInboundOnce(reply));
            QTest::qWait(150); // the unread counter's debounce, the unread list, the badge
            auto thread = messages.thread(ids.at(5), 1);
            QVERIFY(messages.setStatus(thread->messages.constFirst().id, MessageStatus::Delivered));
            QVERIFY(messages.markThreadRead(ids.at(3)));
            QTest::qWait(150);
            window.chat()->setUnreadOnly(true);
            QTest::qWait(50);
        }
        Database::setQueryObserver({});

        QList<Recorded> statements;
        {
            QMutexLocker lock(&recordedLock);
            statements = recorded;
        }
        QSet<QString> seen;
        QStringList scans;
        bool readSummaries = false;
        bool readPatientPage = false;
        for (const Recorded &statement : std::as_const(statements)) {
            const QString head = statement.sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
            if (head == QLatin1String("BEGIN") || head == QLatin1String("COMMIT") ||
                head == QLatin1String("ROLLBACK") || head == QLatin1String("PRAGMA") || seen.contains(statement.sql))
                continue;
            seen.insert(statement.sql);
            readSummaries |= statement.sql.contains(QStringLiteral("FROM conversations"));
            readPatientPage |= statement.sql.contains(QStringLiteral("FROM patients"));
            scans << fullScans(*messages.database(), statement);
        }
        QVERIFY2(seen.size() > 20, qPrintable(QStringLiteral("only %1 statements recorded").arg(seen.size())));
        QVERIFY(readSummaries);
        QVERIFY(readPatientPage);
        QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("\n") + scans.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestStartupQueries)
#include "tst_startup_queries.moc"
