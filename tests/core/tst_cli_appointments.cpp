// clinicdesk-cli appointments / reminders as real processes against the loopback fake Twilio (no Messaging Service:
// the desk sends): the --json shapes, two `reminders run` at once sending each reminder once and nothing inside
// quiet hours, and a reply "C" showing as confirmed in `appointments list`.
#include "tests/core/AppointmentTestRig.h"

#include "core/appointments/AppointmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

QStringList withDataDir(const MessagingRig &rig, QStringList args)
{
    return args << QStringLiteral("--data-dir") << rig.env.dataDir();
}

ChildRun cli(MessagingRig &rig, const QStringList &args)
{
    return runChild(QStringLiteral(CLINICDESK_CLI_PATH), withDataDir(rig, args), rig.childEnvironment());
}

QString describe(const ChildRun &run)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
}

// An Etc/GMT zone in which it is now about `localHour` o'clock (Etc/GMT-5 is UTC+5).
QString zoneWhereItIs(int localHour)
{
    const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
    const int offset = ((localHour - utcHour + 36) % 24) - 12;
    if (offset == 0)
        return QStringLiteral("Etc/GMT");
    return QStringLiteral("Etc/GMT%1%2").arg(offset > 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(qAbs(offset));
}

} // namespace

class TestCliAppointments : public QObject
{
    Q_OBJECT

private slots:
    void addPrintsTheAppointmentObject()
    {
        AppointmentRig t(false);
        Clock::setInstance(nullptr);
        const qint64 patient =
            t.addPatient(QStringLiteral("Ana"), QStringLiteral("+14155550121"), QStringLiteral("America/Chicago"));
        const QString day = QDateTime::currentDateTimeUtc().addDays(5).date().toString(Qt::ISODate);
        const ChildRun run =
            cli(*t.rig, {QStringLiteral("appointments"), QStringLiteral("add"), QStringLiteral("--patient"),
                         QString::number(patient), QStringLiteral("--at"), day + QStringLiteral("T10:30"),
                         QStringLiteral("--tz"), QStringLiteral("America/Chicago"), QStringLiteral("--provider"),
                         QStringLiteral("Dr. Lee"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject a = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(a.value(QStringLiteral("id")).toInt() > 0);
        QCOMPARE(a.value(QStringLiteral("patient_id")).toInt(), int(patient));
        const QDateTime local(QDate::fromString(day, Qt::ISODate), QTime(10, 30), QTimeZone("America/Chicago"));
        QCOMPARE(a.value(QStringLiteral("start_utc")).toString(), isoUtc(local.toUTC()));
        QCOMPARE(a.value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/Chicago"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        const QJsonArray notifications = a.value(QStringLiteral("notifications")).toArray();
        QCOMPARE(notifications.size(), 3); // confirmation, 48 h, 2 h
        const QStringList states = {"planned", "scheduled", "sending", "sent",  "delivered",
                                    "failed",  "cancelled", "skipped", "missed"};
        for (const QJsonValue &v : notifications) {
            const QJsonObject n = v.toObject();
            QVERIFY(QStringList({"confirmation", "reminder", "reschedule", "cancellation"})
                        .contains(n.value(QStringLiteral("kind")).toString()));
            QVERIFY2(states.contains(n.value(QStringLiteral("state")).toString()), qPrintable(run.out));
            QVERIFY(n.contains(QStringLiteral("due_utc")) && n.contains(QStringLiteral("sid")));
        }

        // A wall-clock time skipped by the spring change is refused with the reason; a bad ID is a usage error.
        const ChildRun gap =
            cli(*t.rig, {QStringLiteral("appointments"), QStringLiteral("add"), QStringLiteral("--patient"),
                         QString::number(patient), QStringLiteral("--at"), QStringLiteral("2027-03-14T02:30"),
                         QStringLiteral("--tz"), QStringLiteral("America/Chicago")});
        QCOMPARE(gap.exitCode, 2);
        QVERIFY2(gap.err.contains(QStringLiteral("does not exist")), qPrintable(gap.err));
        QCOMPARE(cli(*t.rig, {QStringLiteral("appointments"), QStringLiteral("show"), QStringLiteral("x")}).exitCode,
                 2);
        QCOMPARE(cli(*t.rig, {QStringLiteral("appointments"), QStringLiteral("show"), QStringLiteral("999")}).exitCode,
                 1);
    }

    void twoRunsAtOnceSendEachReminderOnce()
    {
        AppointmentRig t(false);
        Clock::setInstance(nullptr); // the child processes use the real clock too
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // It is midday for one patient (the 2 h reminder was due 5 minutes ago) and 03:00 for the other.
        const qint64 day = t.addPatient(QStringLiteral("Day"), QStringLiteral("+14155550122"), zoneWhereItIs(12));
        const qint64 night = t.addPatient(QStringLiteral("Night"), QStringLiteral("+14155550123"), zoneWhereItIs(3));
        t.rules.confirmation = false;
        t.rules.reminderMinutes = {120};
        auto due = t.store->create({day, now.addSecs(2 * 3600 - 5 * 60), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(due);
        // Backdate the plan: the reminder was planned before its time (as if booked yesterday).
        QVERIFY(t.rig->db->exec(QStringLiteral("UPDATE appointment_notifications SET state = 'planned', reason = NULL, "
                                               "due_utc = ideal_utc WHERE appointment_id = ?"),
                                {due->id}));
        t.rules.confirmation = true; // the night patient's confirmation must wait for 08:00 there
        t.rules.reminderMinutes = {};
        auto quiet = t.store->create({night, now.addSecs(10 * 3600), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(quiet);

        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(t.rig->childEnvironment());
            p->start(
                QStringLiteral(CLINICDESK_CLI_PATH),
                withDataDir(*t.rig, {QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--json")}));
        }
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning && b.state() == QProcess::NotRunning, 60000);
        int sent = 0;
        for (QProcess *p : {&a, &b}) {
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(p->exitCode() == 0, QByteArray(out + p->readAllStandardError()).constData());
            const QJsonObject report = QJsonDocument::fromJson(out).object();
            for (const char *key : {"scheduled", "sent", "cancelled", "skipped", "missed"})
                QVERIFY2(report.contains(QLatin1String(key)), out.constData());
            sent += report.value(QStringLiteral("sent")).toInt();
        }
        // The reminder goes out once (the stand-in's count). Which process reports it depends on the race: one may
        // queue it and the other's outbox send it, so the reports add up to at most one.
        QVERIFY2(sent <= 1, qPrintable(QString::number(sent)));
        QCOMPARE(t.rig->server.createCount(), 1);
        QCOMPARE(t.rig->remoteCountTo(QStringLiteral("+14155550122")), 1);
        QCOMPARE(t.rig->remoteCountTo(QStringLiteral("+14155550123")), 0); // 03:00 there: it waits

        // Run again (cron every 5 minutes): still once.
        const ChildRun again =
            cli(*t.rig, {QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(t.rig->server.createCount(), 1);
        auto waiting = t.store->get(quiet->id);
        QCOMPARE(waiting->notifications.constFirst().displayState(), NotificationState::Planned);
    }

    void replyCShowsConfirmedInList()
    {
        AppointmentRig t(false);
        Clock::setInstance(nullptr);
        t.rules.confirmation = false;
        const qint64 patient =
            t.addPatient(QStringLiteral("Cee"), QStringLiteral("+14155550124"), QStringLiteral("UTC"));
        auto booked =
            t.store->create({patient, QDateTime::currentDateTimeUtc().addDays(4), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(booked);
        t.rig->server.injectInbound(QStringLiteral("+14155550124"), TestClinicNumber, QStringLiteral("C"));
        const ChildRun sync = cli(*t.rig, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, qPrintable(describe(sync)));
        const ChildRun list =
            cli(*t.rig, {QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--patient"),
                         QString::number(patient), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    }
};

QTEST_MAIN(TestCliAppointments)
#include "tst_cli_appointments.moc"
