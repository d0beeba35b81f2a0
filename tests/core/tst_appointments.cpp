// Appointments: the planner's time arithmetic (DST weeks, another zone, quiet hours, Twilio's window, grace), the
// templates and replies, and the runner end to end through the real outbox and Twilio client against the loopback
// fake (scheduled creates, cancels, fallback, STOP, C/R replies, a desk that was off for a day).
#include "tests/core/AppointmentTestRig.h"

#include "core/appointments/AppointmentCycle.h"
#include "core/appointments/AppointmentJson.h"
#include "core/appointments/AppointmentReplies.h"
#include "core/appointments/AppointmentTemplates.h"
#include "core/appointments/NotificationPlanner.h"
#include "core/messaging/CycleHooks.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

AppointmentRules nyRules()
{
    AppointmentRules rules;
    rules.clinicZone = QTimeZone("America/New_York");
    rules.clinicName = QStringLiteral("Bay Clinic");
    return rules;
}

const AppointmentNotification *find(const Appointment &a, const QString &kind, std::optional<int> offset = {})
{
    for (const AppointmentNotification &n : a.notifications)
        if (n.kind == kind && (!offset || n.offsetMinutes == offset) && n.state != NotificationState::Cancelled &&
            n.state != NotificationState::Cancelling)
            return &n;
    return nullptr;
}

QString sendAtOf(const FakeTwilioServer::Request &r)
{
    return r.formValue(QStringLiteral("SendAt"));
}

QDateTime wholeMinute(const QDateTime &t)
{
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute()), Qt::UTC);
}

} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        CycleHooks::setCycleHook(QStringLiteral("appointments"), {});
        CycleHooks::setInboundHook(QStringLiteral("appointments"), {});
        Clock::setInstance(nullptr);
    }

    // --- The planner ---

    void springForwardWeek()
    {
        const AppointmentRules rules = nyRules();
        const QTimeZone ny("America/New_York");
        const QDateTime booked = utc("2026-03-01T15:00:00Z");
        // Monday after the change, 09:00 EDT: 48 h earlier is Saturday 08:00 EST (elapsed hours, not wall clock).
        auto monday = NotificationPlanner::reminders(utc("2026-03-09T13:00:00Z"), ny, booked, rules);
        QCOMPARE(monday.size(), 2);
        QCOMPARE(monday[0].dueUtc, utc("2026-03-07T13:00:00Z"));
        QVERIFY(monday[0].reason.isEmpty());
        // 2 h before is 07:00 EDT (quiet): the evening before, 20:00 EDT on the day of the change.
        QCOMPARE(monday[1].dueUtc, utc("2026-03-09T00:00:00Z"));
        QVERIFY(monday[1].reason.contains(QStringLiteral("quiet hours")));
        // On the Sunday of the change, 09:30 EDT: 07:30 EDT is quiet, the evening before is still EST (UTC-5).
        auto sunday = NotificationPlanner::reminders(utc("2026-03-08T13:30:00Z"), ny, booked, rules);
        QCOMPARE(sunday[1].dueUtc, utc("2026-03-08T01:00:00Z"));
        QCOMPARE(sunday[1].dueUtc.toTimeZone(ny).time(), QTime(20, 0));
    }

    void fallBackWeek()
    {
        const AppointmentRules rules = nyRules();
        const QTimeZone ny("America/New_York");
        const QDateTime booked = utc("2026-10-20T15:00:00Z");
        // Sunday of the change, 09:30 EST: 07:30 is quiet; the evening before is EDT (UTC-4).
        auto sunday = NotificationPlanner::reminders(utc("2026-11-01T14:30:00Z"), ny, booked, rules);
        QCOMPARE(sunday[1].dueUtc, utc("2026-11-01T00:00:00Z"));
        QCOMPARE(sunday[1].dueUtc.toTimeZone(ny).time(), QTime(20, 0));
        // Monday 09:00 EST: 48 h earlier is Saturday 10:00 EDT, allowed.
        auto monday = NotificationPlanner::reminders(utc("2026-11-02T14:00:00Z"), ny, booked, rules);
        QCOMPARE(monday[0].dueUtc, utc("2026-10-31T14:00:00Z"));
        QCOMPARE(monday[0].dueUtc.toTimeZone(ny).time(), QTime(10, 0));
    }

    void patientInAnotherZone()
    {
        const AppointmentRules rules = nyRules();
        const QTimeZone la("America/Los_Angeles");
        // 09:00 PDT; 2 h before is 07:00 in Los Angeles (quiet) although it is 10:00 at the clinic.
        auto plan = NotificationPlanner::reminders(utc("2026-06-10T16:00:00Z"), la, utc("2026-06-01T16:00:00Z"), rules);
        QCOMPARE(plan[1].dueUtc, utc("2026-06-10T03:00:00Z"));
        TemplateValues values;
        values.firstName = QStringLiteral("Ana");
        values.startUtc = utc("2026-06-10T16:00:00Z");
        values.patientZone = la;
        values.clinicZone = rules.clinicZone;
        values.language = QStringLiteral("en");
        values.clinicName = rules.clinicName;
        const QString time = AppointmentTemplates::timeText(values);
        QVERIFY2(time.startsWith(QStringLiteral("9:00")) && time.endsWith(QStringLiteral("PDT")), qPrintable(time));
        values.patientZone = rules.clinicZone; // same zone as the clinic: no abbreviation
        QVERIFY(!AppointmentTemplates::timeText(values).contains(QStringLiteral("EDT")));
    }

    void quietHoursSkip()
    {
        const AppointmentRules rules = nyRules();
        const QTimeZone la("America/Los_Angeles");
        const QDateTime now = utc("2026-06-10T12:00:00Z"); // 05:00 in Los Angeles
        auto plan = NotificationPlanner::reminders(utc("2026-06-10T15:30:00Z"), la, now, rules);
        QCOMPARE(plan[0].state, NotificationState::Skipped); // 48 h: booked too late
        QCOMPARE(plan[1].state, NotificationState::Skipped); // 06:30 quiet, last evening has passed
        QVERIFY(plan[1].reason.contains(QStringLiteral("no allowed time remains")));
        QVERIFY(!plan[1].dueUtc.isValid());
        // The confirmation waits for 08:00 there (before the 08:30 start)...
        auto confirmation =
            NotificationPlanner::notice(NotificationKind::Confirmation, utc("2026-06-10T15:30:00Z"), la, now, rules);
        QCOMPARE(confirmation.state, NotificationState::Planned);
        QCOMPARE(confirmation.dueUtc, utc("2026-06-10T15:00:00Z"));
        // ... and is skipped when the appointment starts before any allowed hour.
        auto tooEarly =
            NotificationPlanner::notice(NotificationKind::Confirmation, utc("2026-06-10T14:30:00Z"), la, now, rules);
        QCOMPARE(tooEarly.state, NotificationState::Skipped);
    }

    void twilioWindowLimits()
    {
        AppointmentRules rules = nyRules();
        const QDateTime now = utc("2026-06-10T12:00:00Z");
        const QDateTime far = now.addDays(60);
        using R = NotificationPlanner::Release;
        // Less than 15 min (+ margin) ahead: not scheduled at Twilio; the desk sends it at its time.
        QCOMPARE(NotificationPlanner::decide(now.addSecs(10 * 60), far, now, rules, true), R::Wait);
        QCOMPARE(NotificationPlanner::decide(now.addSecs(10 * 60), far, now.addSecs(10 * 60), rules, true),
                 R::FromDesk);
        QCOMPARE(NotificationPlanner::decide(now.addSecs(25 * 60), far, now, rules, true), R::AtTwilio);
        QCOMPARE(NotificationPlanner::decide(now.addSecs(71 * 3600), far, now, rules, true), R::AtTwilio);
        QCOMPARE(NotificationPlanner::decide(now.addSecs(73 * 3600), far, now, rules, true), R::Wait); // horizon
        // A horizon beyond Twilio's 35 days is capped by it.
        rules.horizonHours = 40 * 24;
        QCOMPARE(NotificationPlanner::decide(now.addDays(36), far, now, rules, true), R::Wait);
        QCOMPARE(NotificationPlanner::decide(now.addDays(33), far, now, rules, true), R::AtTwilio);
    }

    void graceAndStart()
    {
        const AppointmentRules rules = nyRules();
        const QDateTime now = utc("2026-06-10T12:00:00Z");
        using R = NotificationPlanner::Release;
        QCOMPARE(NotificationPlanner::decide(now.addSecs(-29 * 60), now.addSecs(3600), now, rules, false), R::FromDesk);
        QCOMPARE(NotificationPlanner::decide(now.addSecs(-31 * 60), now.addSecs(3600), now, rules, false), R::Missed);
        // Never after the appointment has started, grace or not.
        QCOMPARE(NotificationPlanner::decide(now.addSecs(-5 * 60), now.addSecs(-60), now, rules, false), R::Missed);
        QCOMPARE(NotificationPlanner::deskExpiry(now, now.addSecs(600), rules), now.addSecs(600));
    }

    // --- Templates and replies ---

    void templates()
    {
        for (const QString &lang : AppointmentTemplates::languages())
            for (const QString &kind : AppointmentTemplates::kinds())
                QVERIFY2(AppointmentTemplates::check(AppointmentTemplates::defaultText(kind, lang)),
                         qPrintable(kind + lang));
        QVERIFY(AppointmentTemplates::defaultText(NotificationKind::Reminder, QStringLiteral("en"))
                    .endsWith(QStringLiteral("Reply C to confirm or R to reschedule.")));
        auto cancel = AppointmentTemplates::check(QStringLiteral("Reply CANCEL to cancel your visit."));
        QVERIFY(!cancel);
        QCOMPARE(cancel.error().code, QStringLiteral("template.opt-out-word"));
        QVERIFY(cancel.error().message.contains(QStringLiteral("CANCEL")));
        QVERIFY(!AppointmentTemplates::check(QStringLiteral("Reply YES to confirm.")));
        QCOMPARE(AppointmentTemplates::check(QStringLiteral("See you {when}")).error().code,
                 QStringLiteral("template.unknown-variable"));
        TemplateValues v;
        v.firstName = QStringLiteral("Lucía");
        v.startUtc = utc("2026-06-10T16:00:00Z");
        v.patientZone = QTimeZone("America/New_York");
        v.clinicZone = v.patientZone;
        v.language = QStringLiteral("es");
        v.clinicName = QStringLiteral("Clínica Bahía");
        const QString es =
            AppointmentTemplates::render(AppointmentTemplates::defaultText(NotificationKind::Reminder, v.language), v);
        QVERIFY2(es.contains(QStringLiteral("Lucía")) && es.contains(QStringLiteral("junio")) &&
                     es.contains(QStringLiteral("12:00")),
                 qPrintable(es));
    }

    void replyWords_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("action");
        using A = AppointmentReplies::Action;
        QTest::newRow("C") << "C" << int(A::Confirm);
        QTest::newRow("1") << "1" << int(A::Confirm);
        QTest::newRow("r") << "r" << int(A::Reschedule);
        QTest::newRow("2") << "2" << int(A::Reschedule);
        QTest::newRow("spaced c.") << " c. " << int(A::Confirm);
        QTest::newRow("Yes") << "Yes" << int(A::None);
        QTest::newRow("CANCEL") << "CANCEL" << int(A::None);
        QTest::newRow("sentence") << "C you then" << int(A::None);
    }
    void replyWords()
    {
        QFETCH(QString, body);
        QFETCH(int, action);
        QCOMPARE(int(AppointmentReplies::parse(body)), action);
    }

    // --- End to end through the outbox and the Twilio client (loopback fake) ---

    void bookingThreeDaysOutSchedulesAtTwilio()
    {
        AppointmentRig t(true);
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        const qint64 patient =
            t.addPatient(QStringLiteral("Ana"), QStringLiteral("+14155550111"), QStringLiteral("UTC"));
        const QDateTime start = wholeMinute(QDateTime::currentDateTimeUtc().addDays(3));
        auto booked = t.store->create({patient, start, {}, 30, QStringLiteral("Dr. Lee"), {}, {}}, t.rules);
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));

        const ReminderReport report = t.run();
        QCOMPARE(report.scheduled, 2);
        QCOMPARE(report.sent, 1); // the confirmation, from the desk
        QStringList sendAts;
        for (const auto &r : t.creates()) {
            if (r.hasForm(QStringLiteral("ScheduleType"))) {
                QCOMPARE(r.formValue(QStringLiteral("ScheduleType")), QStringLiteral("fixed"));
                QCOMPARE(r.formValue(QStringLiteral("MessagingServiceSid")), TestServiceSid);
                QVERIFY(!r.hasForm(QStringLiteral("From")));
                QVERIFY(!r.hasForm(QStringLiteral("ValidityPeriod")));
                sendAts << sendAtOf(r);
            } else {
                const int validity = r.formValue(QStringLiteral("ValidityPeriod")).toInt();
                QVERIFY2(validity > 0 && validity <= 30 * 60, qPrintable(QString::number(validity)));
            }
        }
        sendAts.sort();
        QCOMPARE(sendAts, QStringList({isoUtc(start.addSecs(-48 * 3600)), isoUtc(start.addSecs(-2 * 3600))}));

        auto now = t.store->get(booked->id);
        QVERIFY(now);
        const AppointmentNotification *two = find(*now, NotificationKind::Reminder, 120);
        QVERIFY(two);
        QCOMPARE(two->displayState(), NotificationState::Scheduled);
        QVERIFY(two->sid.startsWith(QStringLiteral("SM")));
        const QJsonObject json = appointmentToJson(*now);
        QCOMPARE(json.value(QStringLiteral("start_utc")).toString(), isoUtc(start));

        // Again and again: nothing new.
        t.run();
        t.run();
        QCOMPARE(t.creates().size(), 3);
    }

    void rescheduleCancelsAndRecreates()
    {
        AppointmentRig t(true);
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        const qint64 patient =
            t.addPatient(QStringLiteral("Ben"), QStringLiteral("+14155550112"), QStringLiteral("UTC"));
        const QDateTime start = wholeMinute(QDateTime::currentDateTimeUtc().addDays(3));
        auto booked = t.store->create({patient, start, {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(booked);
        QCOMPARE(t.run().scheduled, 2);
        QStringList oldSids;
        for (const QJsonObject &m : t.rig->server.messages())
            oldSids << m.value(QStringLiteral("sid")).toString();

        const QDateTime later = start.addDays(1);
        QVERIFY(t.store->reschedule(booked->id, later, {}, t.rules));
        const ReminderReport report = t.run();
        QCOMPARE(report.cancelled, 2);
        for (const QString &sid : oldSids)
            QCOMPARE(t.rig->server.message(sid).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        // The new 48 h reminder is inside the 72 h horizon; the 2 h one waits for a later pass.
        QCOMPARE(report.scheduled, 1);
        QCOMPARE(sendAtOf(t.creates().constLast()), isoUtc(later.addSecs(-48 * 3600)));
        auto moved = t.store->get(booked->id);
        QCOMPARE(find(*moved, NotificationKind::Reminder, 120)->displayState(), NotificationState::Planned);
        QCOMPARE(find(*moved, NotificationKind::Reschedule)->displayState(), NotificationState::Sending);
        int cancelledRows = 0;
        for (const AppointmentNotification &n : moved->notifications)
            cancelledRows += n.displayState() == NotificationState::Cancelled;
        QCOMPARE(cancelledRows, 2);
    }

    void cancelMadeOfflineWaitsAndGoesFirst()
    {
        AppointmentRig t(true);
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        t.rules.cancellationNotice = false;
        t.rules.reminderMinutes = {48 * 60};
        const qint64 patient =
            t.addPatient(QStringLiteral("Cy"), QStringLiteral("+14155550113"), QStringLiteral("UTC"));
        auto booked = t.store->create(
            {patient, wholeMinute(QDateTime::currentDateTimeUtc().addDays(3)), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(booked);
        QCOMPARE(t.run().scheduled, 1);
        const QString sid = t.rig->server.messages().constFirst().value(QStringLiteral("sid")).toString();
        QVERIFY(t.store->cancel(booked->id, t.rules));
        // The connection is down for the next pass: the cancel waits (still scheduled, shown as such).
        t.rig->server.stop();
        const ReminderReport offline = t.run();
        QCOMPARE(offline.cancelled, 0);
        QVERIFY(!offline.errors.isEmpty());
        QVERIFY(t.rig->server.start());
        qputenv("CLINICDESK_TWILIO_BASE_URL", t.rig->server.baseUrl().toUtf8());
        QCOMPARE(t.store->get(booked->id)->notifications.constFirst().displayState(), NotificationState::Scheduled);
        // Back online: it goes.
        QCOMPARE(t.run().cancelled, 1);
        QCOMPARE(t.rig->server.message(sid).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    }

    void schedulingRefusalFallsBackToDesk()
    {
        AppointmentRig t(true);
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        t.rules.reminderMinutes = {48 * 60};
        const qint64 patient =
            t.addPatient(QStringLiteral("Dee"), QStringLiteral("+14155550114"), QStringLiteral("UTC"));
        auto booked = t.store->create(
            {patient, wholeMinute(QDateTime::currentDateTimeUtc().addDays(3)), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(booked);
        t.rig->server.failNext("POST", QStringLiteral("/Messages.json"), 400, 35115, QStringLiteral("window"));
        const ReminderReport report = t.run();
        QCOMPARE(report.scheduled, 0);
        const AppointmentNotification n = t.store->get(booked->id)->notifications.constFirst();
        QCOMPARE(n.state, NotificationState::Planned);
        QCOMPARE(n.via, NotificationVia::Desk);
        QVERIFY2(n.reason.contains(QStringLiteral("35115")), qPrintable(n.reason));
        // It is not tried at Twilio again.
        t.run();
        QCOMPARE(t.creates().size(), 1);
    }

    void stopCancelsEveryScheduledMessage()
    {
        AppointmentRig t(true);
        AppointmentCycle::install();
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        const qint64 patient =
            t.addPatient(QStringLiteral("Eve"), QStringLiteral("+14155550115"), QStringLiteral("UTC"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto first = t.store->create({patient, wholeMinute(now.addDays(3)), {}, 30, {}, {}, {}}, t.rules);
        auto second = t.store->create({patient, wholeMinute(now.addDays(20)), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(first && second);
        QCOMPARE(t.run().scheduled, 2);
        t.rig->server.injectInbound(QStringLiteral("+14155550115"), TestClinicNumber, QStringLiteral("STOP"));
        const SyncReport cycle = t.rig->engine().runCycle();
        QVERIFY2(cycle.ok(), qPrintable(cycle.errorMessage()));
        for (const QJsonObject &m : t.rig->server.messages())
            if (m.value(QStringLiteral("direction")).toString() != QLatin1String("inbound"))
                QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        for (const auto &id : {first->id, second->id}) {
            const auto appointment = t.store->get(id); // kept: a range-for over a temporary's member dangles
            QVERIFY(appointment);
            for (const AppointmentNotification &n : appointment->notifications)
                QCOMPARE(n.displayState(), NotificationState::Cancelled);
        }
    }

    void stopFromASharedNumberCancelsEveryPatientsReminders()
    {
        AppointmentRig t(true);
        AppointmentCycle::install();
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        const QString family = QStringLiteral("+14155550125");
        const qint64 mom = t.addPatient(QStringLiteral("Mom"), family, QStringLiteral("UTC"));
        const qint64 kid = t.addPatient(QStringLiteral("Kid"), family, QStringLiteral("UTC"));
        const qint64 other =
            t.addPatient(QStringLiteral("Other"), QStringLiteral("+14155550126"), QStringLiteral("UTC"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Each has one appointment scheduled at Twilio (3 days) and one planned beyond the horizon (20 days).
        QList<qint64> familyAppointments;
        for (qint64 p : {mom, kid}) {
            for (int days : {3, 20}) {
                auto a = t.store->create({p, wholeMinute(now.addDays(days)), {}, 30, {}, {}, {}}, t.rules);
                QVERIFY(a);
                familyAppointments << a->id;
            }
        }
        auto others = t.store->create({other, wholeMinute(now.addDays(3)), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(others);
        QCOMPARE(t.run().scheduled, 6);
        // The last text to the family number went to the kid: the STOP is routed to the kid's conversation.
        QVERIFY(t.rig->outbox().queue(kid, QStringLiteral("See you soon"), {}));
        QVERIFY(t.rig->engine().runCycle().ok());

        t.rig->server.injectInbound(family, TestClinicNumber, QStringLiteral("stop"));
        const SyncReport cycle = t.rig->engine().runCycle();
        QVERIFY2(cycle.ok(), qPrintable(cycle.errorMessage()));
        QVERIFY(t.rig->patients().get(mom)->isOptedOut());
        QVERIFY(t.rig->patients().get(kid)->isOptedOut());
        QVERIFY(!t.rig->patients().get(other)->isOptedOut());
        int canceledAtTwilio = 0;
        for (const QJsonObject &m : t.rig->server.messages()) {
            if (!m.value(QStringLiteral("_send_at")).toString().isEmpty() ||
                m.value(QStringLiteral("status")).toString() == QLatin1String("canceled")) {
                const bool toFamily = m.value(QStringLiteral("to")).toString() == family;
                QCOMPARE(m.value(QStringLiteral("status")).toString(),
                         toFamily ? QStringLiteral("canceled") : QStringLiteral("scheduled"));
                canceledAtTwilio += toFamily;
            }
        }
        QCOMPARE(canceledAtTwilio, 4); // both patients' 48 h and 2 h reminders, not only the routed one's
        for (qint64 id : std::as_const(familyAppointments)) {
            const auto appointment = t.store->get(id);
            QVERIFY(appointment);
            for (const AppointmentNotification &n : appointment->notifications)
                QVERIFY2(n.displayState() == NotificationState::Cancelled, qPrintable(n.displayState()));
        }
        const auto untouched = t.store->get(others->id);
        QCOMPARE(find(*untouched, NotificationKind::Reminder, 120)->displayState(), NotificationState::Scheduled);
    }

    void replyConfirmsTheNextPendingAppointment()
    {
        AppointmentRig t(false);
        AppointmentCycle::install();
        t.rules.confirmation = false;
        t.rules.reminderMinutes = {};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 fay = t.addPatient(QStringLiteral("Fay"), QStringLiteral("+14155550116"), QStringLiteral("UTC"));
        const qint64 gus = t.addPatient(QStringLiteral("Gus"), QStringLiteral("+14155550117"), QStringLiteral("UTC"));
        auto fays = t.store->create({fay, now.addDays(2), {}, 30, {}, {}, {}}, t.rules);
        auto gus1 = t.store->create({gus, now.addDays(2), {}, 30, {}, {}, {}}, t.rules);
        auto gus2 = t.store->create({gus, now.addDays(9), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(fays && gus1 && gus2);

        t.rig->server.injectInbound(QStringLiteral("+14155550116"), TestClinicNumber, QStringLiteral(" c. "));
        t.rig->server.injectInbound(QStringLiteral("+14155550117"), TestClinicNumber, QStringLiteral("R"));
        QVERIFY(t.rig->engine().runCycle().ok());
        QCOMPARE(t.store->get(fays->id)->status, AppointmentStatus::Confirmed);
        // The reply stays in the chat, with the appointment it confirmed.
        auto thread = t.rig->messages().allMessages(fay);
        QVERIFY(thread && !thread->isEmpty());
        QCOMPARE(thread->constLast().body, QStringLiteral(" c. "));
        QCOMPARE(t.store->appointmentForReply(thread->constLast().id)->value_or(0), fays->id);
        // Two pending for Gus: nothing changes until staff choose.
        QCOMPARE(t.store->get(gus1->id)->status, AppointmentStatus::Booked);
        QCOMPARE(t.store->get(gus2->id)->status, AppointmentStatus::Booked);
        auto open = t.store->openReplies();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().action, QStringLiteral("reschedule"));
        QVERIFY(t.store->resolveReply(open->constFirst().id, gus2->id));
        QCOMPARE(t.store->get(gus2->id)->status, AppointmentStatus::NeedsReschedule);
        QVERIFY(t.store->openReplies()->isEmpty());

        // "Yes" changes nothing; "CANCEL" opts out (Twilio's STOP family) and leaves the appointment booked.
        t.rig->server.injectInbound(QStringLiteral("+14155550117"), TestClinicNumber, QStringLiteral("Yes"));
        QVERIFY(t.rig->engine().runCycle().ok());
        QCOMPARE(t.store->get(gus1->id)->status, AppointmentStatus::Booked);
        t.rig->server.injectInbound(QStringLiteral("+14155550117"), TestClinicNumber, QStringLiteral("CANCEL"));
        QVERIFY(t.rig->engine().runCycle().ok());
        QCOMPARE(t.store->get(gus1->id)->status, AppointmentStatus::Booked);
        QVERIFY(t.rig->patients().get(gus)->isOptedOut());
    }

    void deskOffForADayMissesInsteadOfSendingLate()
    {
        AppointmentRig t(false);
        t.rules.allowedFrom = QTime(0, 0);
        t.rules.allowedUntil = QTime(23, 59, 59);
        t.rules.confirmation = false;
        t.rules.reminderMinutes = {120};
        const QDateTime t0 = utc("2026-06-10T15:00:00Z");
        t.clock.now = t0;
        const qint64 hal = t.addPatient(QStringLiteral("Hal"), QStringLiteral("+14155550118"), QStringLiteral("UTC"));
        auto onTime = t.store->create({hal, t0.addSecs(26 * 3600), {}, 30, {}, {}, {}}, t.rules);
        auto late = t.store->create({hal, t0.addSecs(30 * 3600), {}, 30, {}, {}, {}}, t.rules);
        QVERIFY(onTime && late);
        QCOMPARE(t.run().sent, 0); // nothing due yet

        t.clock.now = t0.addSecs(24 * 3600 + 10 * 60); // 10 minutes after the first one's time
        QCOMPARE(t.run().sent, 1);
        QCOMPARE(t.creates().size(), 1);
        // ValidityPeriod: what remains of the grace period (20 min), so Twilio never delivers it later.
        QCOMPARE(t.creates().constFirst().formValue(QStringLiteral("ValidityPeriod")), QStringLiteral("1200"));

        t.clock.now = t0.addSecs(29 * 3600); // the desk was off when the second was due (an hour ago)
        const ReminderReport report = t.run();
        QCOMPARE(report.missed, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(t.creates().size(), 1);
        QCOMPARE(t.store->get(late->id)->notifications.constFirst().displayState(), NotificationState::Missed);
        QCOMPARE(t.store->get(onTime->id)->notifications.constFirst().displayState(), NotificationState::Sending);
    }
};

QTEST_GUILESS_MAIN(TestAppointments)
#include "tst_appointments.moc"
