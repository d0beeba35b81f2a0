// Staff accounts: PBKDF2-SHA256 PINs with a salt per account, the first account an admin, five wrong PINs lock for
// a growing delay, every sign-in audited; `clinicdesk-cli staff` reads PINs from standard input, never argv.
#include "tests/support/PseudoTerminal.h"
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestEnvironment.h"

#include "core/audit/AuditTrail.h"
#include "core/staff/PinHasher.h"
#include "core/staff/StaffDirectory.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QtTest>

using namespace cd;
using namespace cd::test;

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setInstance(nullptr); }

    void pinsAreSaltedPbkdf2()
    {
        TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        StaffDirectory staff(*db);
        auto first = staff.add(QStringLiteral("Maria Lopez"), QStringLiteral("staff"), QStringLiteral("4821"));
        QVERIFY(first);
        QCOMPARE(first->role, QStringLiteral("admin")); // the first account administers the desk
        auto second = staff.add(QStringLiteral("Sam Lee"), QStringLiteral("staff"), QStringLiteral("4821"));
        QVERIFY(second);
        QCOMPARE(second->role, QStringLiteral("staff"));
        QVERIFY(!staff.add(QStringLiteral("maria  lopez"), QStringLiteral("staff"), QStringLiteral("9999")));
        QCOMPARE(staff.add(QStringLiteral("Short"), QStringLiteral("staff"), QStringLiteral("12")).error().code,
                 QStringLiteral("staff.pin-too-short"));

        auto q = db.value()->exec(QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM staff ORDER BY id"));
        QVERIFY(q);
        QList<QByteArray> salts, hashes;
        while (q->next()) {
            salts << QByteArray::fromBase64(q->value(0).toByteArray());
            hashes << QByteArray::fromBase64(q->value(1).toByteArray());
            QVERIFY(q->value(2).toInt() >= 100000);
            // The stored hash is exactly PBKDF2-SHA256 of the PIN with that salt (no PIN stored anywhere).
            QCOMPARE(hashes.last(), QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "4821", salts.last(),
                                                                       q->value(2).toInt(), 32));
        }
        QCOMPARE(salts.size(), 2);
        QVERIFY(salts.at(0) != salts.at(1)); // same PIN, different salt, different hash
        QVERIFY(hashes.at(0) != hashes.at(1));
        QVERIFY(PinHasher::constantTimeEqual("abc", "abc"));
        QVERIFY(!PinHasher::constantTimeEqual("abc", "abd"));
        QVERIFY(!PinHasher::constantTimeEqual("abc", "abcd"));
    }

    void fiveWrongPinsLockForAGrowingDelay()
    {
        TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        ShiftedClock clock;
        Clock::setInstance(&clock);
        StaffDirectory staff(*db);
        QVERIFY(staff.add(QStringLiteral("Maria Lopez"), QStringLiteral("admin"), QStringLiteral("4821")));
        QVERIFY(staff.signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821")));

        auto lockOut = [&] {
            for (int i = 1; i < StaffDirectory::AttemptsBeforeLock; ++i)
                QCOMPARE(staff.signIn(QStringLiteral("maria lopez"), QStringLiteral("0000")).error().code,
                         QStringLiteral("staff.wrong-pin"));
            QCOMPARE(staff.signIn(QStringLiteral("Maria Lopez"), QStringLiteral("0000")).error().code,
                     QStringLiteral("staff.locked"));
        };
        lockOut();
        // Locked: even the right PIN is refused until the delay has passed.
        QCOMPARE(staff.signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821")).error().code,
                 QStringLiteral("staff.locked"));
        auto account = staff.find(QStringLiteral("Maria Lopez"));
        const qint64 firstDelay = clock.nowUtc().secsTo(account->lockedUntil);
        QVERIFY(firstDelay > 0);
        clock.shiftSec += firstDelay + 1;
        lockOut(); // the second round in a row locks for longer
        account = staff.find(QStringLiteral("Maria Lopez"));
        const qint64 secondDelay = clock.nowUtc().secsTo(account->lockedUntil);
        QVERIFY2(secondDelay > firstDelay, qPrintable(QStringLiteral("%1 then %2").arg(firstDelay).arg(secondDelay)));
        clock.shiftSec += secondDelay + 1;
        QVERIFY(staff.signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821")));

        // Disabled accounts cannot sign in; every attempt is in the audit trail. (The last administrator cannot be
        // disabled: a second one comes first.)
        QCOMPARE(staff.setDisabled(QStringLiteral("Maria Lopez"), true).error().code,
                 QStringLiteral("staff.last-admin"));
        QVERIFY(staff.add(QStringLiteral("Luis Vega"), QStringLiteral("admin"), QStringLiteral("7351")));
        QVERIFY(staff.setDisabled(QStringLiteral("Maria Lopez"), true));
        QCOMPARE(staff.signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821")).error().code,
                 QStringLiteral("staff.disabled"));
        auto audit = AuditTrail(*db).rows({});
        QVERIFY(audit);
        int failed = 0, succeeded = 0;
        for (const AuditRow &row : *audit) {
            failed += row.action == QLatin1String("staff.sign-in-failed");
            succeeded += row.action == QLatin1String("staff.sign-in");
        }
        QCOMPARE(failed, 2 * StaffDirectory::AttemptsBeforeLock);
        QCOMPARE(succeeded, 2);
        Clock::setInstance(nullptr);
        QVERIFY(AuditTrail(*db).verify()->ok);
    }

    void cliManagesAccountsWithPinsOnStdin()
    {
        TestEnvironment env;
        CliRun added =
            runCli(env, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Maria Lopez")}, "4821\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        // From now on an administrator authorises every change: --as NAME, that PIN first, then the new one.
        const QString asMaria = QStringLiteral("--as=Maria Lopez");
        added = runCli(env,
                       {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Sam Lee"),
                        QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--json"), asMaria},
                       "4821\n7315\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("role")).toString(),
                 QStringLiteral("staff"));
        QVERIFY(!added.out.contains(QLatin1String("7315")));
        const CliRun noPin =
            runCli(env, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Nobody"), asMaria}, "4821\n");
        QCOMPARE(noPin.exitCode, 1);
        QVERIFY(noPin.err.contains(QLatin1String("PIN")));

        CliRun listed = runCli(env, {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QJsonArray accounts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

        QCOMPARE(runCli(env, {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("Sam Lee"), asMaria},
                        "4821\n")
                     .exitCode,
                 0);
        listed = runCli(env, {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        accounts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("disabled")).toBool(), true);
        const CliRun reset =
            runCli(env, {QStringLiteral("staff"), QStringLiteral("reset-pin"), QStringLiteral("Maria Lopez"), asMaria},
                   "4821\n9004\n");
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        QVERIFY(StaffDirectory(*db).signIn(QStringLiteral("Maria Lopez"), QStringLiteral("9004")));
        QVERIFY(!StaffDirectory(*db).signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821")));
        const CliRun unknown =
            runCli(env, {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("Nobody Here"), asMaria},
                   "9004\n");
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("Nobody Here")));
    }

    // A shared front-desk login must not let anyone reset an administrator's PIN or make themselves one: the same
    // administrator check as the Staff dialog, with the same lockout, and the audit row names who authorised it.
    void cliChangesNeedAnAdministrator()
    {
        TestEnvironment env;
        QCOMPARE(runCli(env, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Maria Lopez")}, "4821\n")
                     .exitCode,
                 0); // the first account needs nobody's word: it is the administrator
        QCOMPARE(runCli(env,
                        {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Sam Lee"),
                         QStringLiteral("--as=Maria Lopez")},
                        "4821\n7315\n")
                     .exitCode,
                 0);

        const CliRun unnamed = runCli(
            env, {QStringLiteral("staff"), QStringLiteral("reset-pin"), QStringLiteral("Maria Lopez")}, "1111\n");
        QCOMPARE(unnamed.exitCode, 1);
        QVERIFY2(unnamed.err.contains(QLatin1String("--as NAME")), qPrintable(unnamed.err));
        const CliRun notAdmin = runCli(env,
                                       {QStringLiteral("staff"), QStringLiteral("set-role"), QStringLiteral("Sam Lee"),
                                        QStringLiteral("admin"), QStringLiteral("--as=Sam Lee")},
                                       "7315\n");
        QCOMPARE(notAdmin.exitCode, 1);
        QVERIFY2(notAdmin.err.contains(QLatin1String("not an administrator")), qPrintable(notAdmin.err));
        const CliRun wrongPin = runCli(env,
                                       {QStringLiteral("staff"), QStringLiteral("reset-pin"),
                                        QStringLiteral("Maria Lopez"), QStringLiteral("--as=Maria Lopez")},
                                       "0000\n1111\n");
        QCOMPARE(wrongPin.exitCode, 1);
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        QVERIFY(StaffDirectory(*db).signIn(QStringLiteral("Maria Lopez"), QStringLiteral("4821"))); // unchanged
        QVERIFY(!StaffDirectory(*db).signIn(QStringLiteral("Maria Lopez"), QStringLiteral("1111")));
        QVERIFY(StaffDirectory(*db).signIn(QStringLiteral("Sam Lee"), QStringLiteral("7315"))); // still staff
        QCOMPARE((*StaffDirectory(*db).find(QStringLiteral("Sam Lee"))).role, QStringLiteral("staff"));
        // The refused attempt counts like one at the desk.
        auto refusals = (*db)->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                   "'staff.sign-in-failed' AND details LIKE 'Maria Lopez%'"));
        QVERIFY(refusals && refusals->next());
        QVERIFY(refusals->value(0).toInt() >= 1);
        auto authorised =
            (*db)->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'staff.added' AND details LIKE "
                                       "'%by Maria Lopez%'"));
        QVERIFY(authorised && authorised->next());
        QCOMPARE(authorised->value(0).toInt(), 1);
    }

    void pinTypedAtATerminalIsNotEchoed()
    {
        // A real pseudo-terminal: what the screen shows while someone types the PIN twice.
        TestEnvironment env;
        PseudoTerminal terminal;
        QVERIFY(terminal.start(QStringLiteral(CLINICDESK_CLI_PATH),
                               {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Tty Person"),
                                QStringLiteral("--data-dir"), env.dataDir()},
                               env.processEnvironment()));
        QVERIFY2(terminal.waitFor("PIN: "), terminal.screen().constData());
        terminal.type("9731");
        QVERIFY2(terminal.waitFor("again: "), terminal.screen().constData());
        terminal.type("9731");
        const int exitCode = terminal.finish();
        QVERIFY2(terminal.screen().contains("Added Tty Person"), terminal.screen().constData());
        QVERIFY2(!terminal.screen().contains("9731"), terminal.screen().constData());
        QCOMPARE(exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
