// The audit trail: who (staff, OS account read from the OS, host), append-only (the database refuses UPDATE and
// DELETE), hash-chained (`clinicdesk-cli audit verify` names the first row changed, deleted or inserted out of order
// by someone who dropped the triggers with the sqlite3 shell), and exported as CSV / JSON with formulas neutralised.
#include "tests/support/ShiftedClock.h"
#include "tests/support/TestEnvironment.h"

#include "core/audit/AuditChain.h"
#include "core/audit/AuditIdentity.h"
#include "core/audit/AuditTrail.h"
#include "core/common/Clock.h"
#include "core/patients/PatientStore.h"
#include "core/security/OsAccount.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace cd;
using namespace cd::test;

namespace {

// What an attacker with the file (or the server's owner account) would do, guard triggers dropped first: the sqlite3
// shell on the file; on PostgreSQL, plain SQL on a connection of its own.
QString tamper(const TestEnvironment &env, const QString &sql)
{
    if (TestEnvironment::onPostgres()) {
        auto db = Database::open(env.databaseTarget());
        if (!db)
            return db.error().message;
        const QStringList statements = QString(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log;") + sql)
                                           .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            auto done = db.value()->exec(statement);
            if (!done)
                return done.error().message;
        }
        return {};
    }
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {env.databaseFile(),
                 QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ") + sql});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(shell.readAllStandardError());
    return {};
}

qint64 addPatient(const std::shared_ptr<Database> &db, const QString &last)
{
    Patient p;
    p.firstName = QStringLiteral("Audit");
    p.lastName = last;
    auto created = PatientStore(db, QStringLiteral("US")).create(p);
    if (!created)
        qFatal("patient: %s", qPrintable(created.error().message));
    return created->id;
}

QJsonObject verifyJson(const TestEnvironment &env)
{
    const CliRun run = runCli(env, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    result.insert(QStringLiteral("exit"), run.exitCode);
    return result;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    // A database with six audit rows (ids 1..6 are the chained ones after migration's none).
    std::unique_ptr<TestEnvironment> freshTrail(QList<qint64> *ids = nullptr)
    {
        auto env = std::make_unique<TestEnvironment>();
        auto db = Database::open(env->databaseTarget());
        if (!db)
            qFatal("db: %s", qPrintable(db.error().message));
        AuditTrail trail(*db);
        for (int i = 0; i < 6; ++i) {
            if (!trail.record(QStringLiteral("test.event"), std::nullopt, QStringLiteral("event %1").arg(i)))
                qFatal("record failed");
        }
        if (ids) {
            auto q = db.value()->exec(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
            while (q && q->next())
                ids->append(q->value(0).toLongLong());
        }
        return env;
    }

private slots:
    void rowsNameStaffOsAccountAndHost()
    {
        TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        // $USER is not asked: an environment variable anyone can set must not name the actor.
        const QByteArray savedUser = qgetenv("USER");
        qputenv("USER", "drjones-forged");
        AuditTrail trail(*db);
        QVERIFY(trail.record(QStringLiteral("test.os")));
        AuditIdentity::setStaff(QStringLiteral("Maria Front Desk"));
        QVERIFY(trail.record(QStringLiteral("test.staff"), std::nullopt, QStringLiteral("x")));
        AuditIdentity::setStaff({});
        qputenv("USER", savedUser);

        const QString osName = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
        QCOMPARE(OsAccount::name(), osName);
        auto rows = trail.rows({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).actor, osName);
        QVERIFY(rows->at(0).staff.isEmpty());
        QCOMPARE(rows->at(0).osUser, osName);
        QVERIFY(!rows->at(0).host.isEmpty());
        QCOMPARE(rows->at(1).actor, QStringLiteral("Maria Front Desk"));
        QCOMPARE(rows->at(1).staff, QStringLiteral("Maria Front Desk"));
        QCOMPARE(rows->at(1).osUser, osName);
        for (const AuditRow &row : *rows)
            QVERIFY(row.actor != QLatin1String("drjones-forged"));
        // Chained: the second row's prev_hash is the first's hash.
        QCOMPARE(rows->at(1).prevHash, rows->at(0).rowHash);
        QCOMPARE(rows->at(0).rowHash, AuditChain::hashOf(QString(), rows->at(0)));
    }

    void databaseRefusesUpdateAndDelete()
    {
        auto env = freshTrail();
        auto db = Database::open(env->databaseTarget());
        QVERIFY(db);
        auto updated = db.value()->exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE id = 2"));
        QVERIFY(!updated);
        QVERIFY2(updated.error().message.contains(QLatin1String("append-only")), qPrintable(updated.error().message));
        QVERIFY(!db.value()->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        QVERIFY(!db.value()->exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void verifyPassesUntouched()
    {
        auto env = freshTrail();
        const QJsonObject result = verifyJson(*env);
        QCOMPARE(result.value(QStringLiteral("exit")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("rows")).toInt(), 6);
        QVERIFY(result.value(QStringLiteral("first_bad_row")).isNull());
        const CliRun text = runCli(*env, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("intact")), qPrintable(text.out));
    }

    void verifyNamesAnEditedRow()
    {
        QList<qint64> ids;
        auto env = freshTrail(&ids);
        const QString failed = tamper(*env, QStringLiteral("UPDATE audit_log SET details = "
                                                           "'nothing to see' WHERE id = %1;")
                                                .arg(ids.at(3)));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject result = verifyJson(*env);
        QCOMPARE(result.value(QStringLiteral("exit")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("first_bad_row")).toInteger(), ids.at(3));
        QVERIFY(result.value(QStringLiteral("problem")).toString().contains(QLatin1String("changed")));
        const CliRun text = runCli(*env, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(QStringLiteral("row %1").arg(ids.at(3))), qPrintable(text.err));
    }

    void verifyNamesTheRowAfterADeletedRow()
    {
        QList<qint64> ids;
        auto env = freshTrail(&ids);
        const QString failed = tamper(*env, QStringLiteral("DELETE FROM audit_log WHERE id = %1;").arg(ids.at(2)));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject result = verifyJson(*env);
        QCOMPARE(result.value(QStringLiteral("exit")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("first_bad_row")).toInteger(), ids.at(3));
        QVERIFY(result.value(QStringLiteral("problem")).toString().contains(QLatin1String("deleted")));
    }

    // Honest rows from desks whose clocks disagree: on a shared server each row takes the server's time, so a desk
    // an hour behind writes in order; a clock set back a few minutes (time synchronisation) is no tampering either.
    void desksWithWrongClocksDoNotLookLikeTampering()
    {
        TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        AuditTrail trail(*db);
        test::ShiftedClock clock;
        Clock::setInstance(&clock);
        QVERIFY(trail.record(QStringLiteral("test.event"), std::nullopt, QStringLiteral("desk on time")));
        clock.shiftSec = -3 * 60; // the clock stepped back three minutes
        QVERIFY(trail.record(QStringLiteral("test.event"), std::nullopt, QStringLiteral("after the step")));
        if (TestEnvironment::onPostgres()) {
            clock.shiftSec = -3600; // another desk, an hour behind: the server's clock stamps its row
            QVERIFY(trail.record(QStringLiteral("test.event"), std::nullopt, QStringLiteral("desk an hour behind")));
            clock.shiftSec = 3600;
            QVERIFY(trail.record(QStringLiteral("test.event"), std::nullopt, QStringLiteral("desk an hour ahead")));
        }
        Clock::setInstance(nullptr);
        auto verified = trail.verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void verifyNamesARowInsertedOutOfOrder()
    {
        QList<qint64> ids;
        auto env = freshTrail(&ids);
        // A well-formed row (its hash computed as ClinicDesk would) appended with a back-dated time, as someone
        // covering their tracks would: the chain links, the order does not.
        AuditRow forged;
        {
            auto db = Database::open(env->databaseTarget());
            QVERIFY(db);
            AuditTrail trail(*db);
            auto rows = trail.rows({});
            QVERIFY(rows && rows->size() == 6);
            forged = rows->at(0);
            forged.id = ids.last() + 1;
            forged.details = QStringLiteral("backdated");
            forged.at = toDbTime(fromDbTime(rows->at(0).at).addSecs(-3600));
            forged.prevHash = rows->last().rowHash;
            forged.rowHash = AuditChain::hashOf(forged.prevHash, forged);
        }
        const QString failed =
            tamper(*env, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, patient_id, details, staff, "
                                        "os_user, host, prev_hash, row_hash) VALUES (%1, '%2', '%3', '%4', NULL, "
                                        "'%5', NULL, '%6', '%7', '%8', '%9');")
                             .arg(forged.id)
                             .arg(forged.at, forged.actor, forged.action, forged.details, forged.osUser, forged.host,
                                  forged.prevHash, forged.rowHash));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonObject result = verifyJson(*env);
        QCOMPARE(result.value(QStringLiteral("exit")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("first_bad_row")).toInteger(), forged.id);
        QVERIFY(result.value(QStringLiteral("problem")).toString().contains(QLatin1String("out of order")));

        // And a row slipped in between two others (an id in a gap) breaks the link of the row after it.
        auto env2 = freshTrail(&ids);
        const QString failed2 =
            tamper(*env2, QStringLiteral("DELETE FROM audit_log WHERE id = %1; INSERT INTO audit_log (id, at, actor, "
                                         "action, details, os_user, host, prev_hash, row_hash) SELECT %1, at, actor, "
                                         "'test.swapped', details, os_user, host, prev_hash, row_hash FROM audit_log "
                                         "WHERE id = %2;")
                              .arg(ids.at(4))
                              .arg(ids.at(1)));
        QVERIFY2(failed2.isEmpty(), qPrintable(failed2));
        const QJsonObject result2 = verifyJson(*env2);
        QCOMPARE(result2.value(QStringLiteral("exit")).toInt(), 1);
        QCOMPARE(result2.value(QStringLiteral("first_bad_row")).toInteger(), ids.at(4));
    }

    void exportFiltersAndNeutralisesFormulas()
    {
        TestEnvironment env;
        auto db = Database::open(env.databaseTarget());
        QVERIFY(db);
        const qint64 seven = addPatient(*db, QStringLiteral("Seven"));
        const qint64 eight = addPatient(*db, QStringLiteral("Eight"));
        AuditTrail trail(*db);
        QVERIFY(trail.record(QStringLiteral("test.formula"), seven, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")));
        QVERIFY(trail.record(QStringLiteral("test.other"), eight, QStringLiteral("+1 and -2, \"quoted\"")));
        QVERIFY(trail.record(QStringLiteral("test.at"), seven, QStringLiteral("@SUM(A1)")));

        const CliRun csv = runCli(env, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--patient"),
                                        QString::number(seven), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.constFirst().startsWith(QLatin1String("id,at,actor,staff,os_user,host,action,patient_id")));
        const QStringList formula = lines.filter(QStringLiteral(",test.formula,"));
        const QStringList at = lines.filter(QStringLiteral(",test.at,"));
        QCOMPARE(formula.size(), 1);
        QCOMPARE(at.size(), 1);
        QVERIFY(lines.filter(QStringLiteral(",test.other,")).isEmpty()); // another patient's row
        QVERIFY2(formula.constFirst().contains(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")),
                 qPrintable(formula.constFirst()));
        QVERIFY2(at.constFirst().contains(QLatin1String(",'@SUM(A1),")), qPrintable(at.constFirst()));
        QCOMPARE(AuditTrail::neutraliseCell(QStringLiteral("-5")), QStringLiteral("'-5"));
        QCOMPARE(AuditTrail::neutraliseCell(QStringLiteral("plain")), QStringLiteral("plain"));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const CliRun json =
            runCli(env, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"), today,
                         QStringLiteral("--to"), today, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(rows.size() >= 4); // the three, the patients' creation and the CSV export's own audit row
        QJsonObject formulaRow;
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("action")).toString() == QLatin1String("test.formula"))
                formulaRow = row.toObject();
        }
        QCOMPARE(formulaRow.value(QStringLiteral("details")).toString(),
                 QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")); // JSON carries the value as it is
        const CliRun none = runCli(env, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                                         tomorrow, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
        // Each export is itself audited.
        auto exports =
            db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.exported'"));
        QVERIFY(exports && exports->next());
        QCOMPARE(exports->value(0).toInt(), 3);

        const CliRun bad = runCli(env, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
        const CliRun badDate =
            runCli(env, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                         QStringLiteral("31/12/2026"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains(QLatin1String("--from")));
        // And the chain is intact after all that.
        QCOMPARE(verifyJson(env).value(QStringLiteral("ok")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
