// clinicdesk-cli appointments add | list | show | reschedule | cancel | confirm
#include "app/cli/Cli.h"
#include "app/cli/MessagingSetup.h"

#include "core/appointments/AppointmentJson.h"
#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/patients/PatientStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace cd::cli {

namespace {

struct Options
{
    QCommandLineOption at{QStringLiteral("at"), tr("Local start time, YYYY-MM-DDTHH:MM (in --tz)."),
                          QStringLiteral("TIME")};
    QCommandLineOption tz{QStringLiteral("tz"), tr("IANA time zone of --at (default: the patient's)."),
                          QStringLiteral("ZONE")};
};

// "2026-03-10T09:30" in `zone`; a wall-clock time that does not exist there (the hour skipped in spring) is refused.
Result<QDateTime> parseLocal(const QString &text, const QTimeZone &zone)
{
    const QDateTime naive = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!naive.isValid())
        return makeError(QStringLiteral("usage"), tr("--at \"%1\" is not a time; use YYYY-MM-DDTHH:MM.").arg(text));
    const QDateTime local(naive.date(), naive.time(), zone);
    if (!local.isValid() || local.toTimeZone(zone).time() != naive.time())
        return makeError(QStringLiteral("usage"),
                         tr("%1 does not exist in %2 (the clocks skip that hour). Pick another time.")
                             .arg(text, QString::fromUtf8(zone.id())));
    return local.toUTC();
}

qint64 idArgument(Context &sub, const QCommandLineParser &parser, bool *ok)
{
    *ok = false;
    if (parser.positionalArguments().size() != 1) {
        sub.usageError(tr("give one appointment ID."));
        return 0;
    }
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(ok);
    if (!*ok || id <= 0) {
        *ok = false;
        sub.usageError(tr("\"%1\" is not an appointment ID.").arg(parser.positionalArguments().constFirst()));
    }
    return id;
}

void print(Context &sub, const Appointment &a, const QTimeZone &zone)
{
    const QDateTime local = a.startUtc.toTimeZone(zone.isValid() ? zone : QTimeZone(a.timeZone.toUtf8()));
    sub.out() << tr("#%1 patient %2, %3 (%4), %5 min, %6")
                     .arg(a.id)
                     .arg(a.patientId)
                     .arg(QLocale().toString(local, QLocale::ShortFormat), a.timeZone)
                     .arg(a.durationMinutes)
                     .arg(a.status)
              << Qt::endl;
    for (const AppointmentNotification &n : a.notifications) {
        sub.out() << QStringLiteral("    %1  %2  %3")
                         .arg(n.kind, -12)
                         .arg(n.dueUtc.isValid()
                                  ? QLocale().toString(n.dueUtc.toTimeZone(local.timeZone()), QLocale::ShortFormat)
                                  : QStringLiteral("-"),
                              -20)
                         .arg(n.displayState());
        if (const QString note = n.displayReason(); !note.isEmpty())
            sub.out() << QStringLiteral(" (%1)").arg(note);
        sub.out() << Qt::endl;
    }
}

// After a change: one messaging cycle creates (or cancels) the reminders at Twilio at once, or sends what is due.
int finish(Context &sub, AppServices &services, qint64 id)
{
    const SyncReport report = services.messaging().syncAndWait();
    if (!report.ok())
        sub.err() << tr("clinicdesk-cli %1: saved; the notifications wait for the connection: %2")
                         .arg(sub.command(), report.errorMessage())
                  << Qt::endl;
    auto fresh = services.appointments().get(id);
    if (!fresh)
        return sub.fail(fresh.error().message);
    if (sub.json())
        sub.printJson(appointmentToJson(*fresh));
    else
        print(sub, *fresh, {});
    return Success;
}

int add(Context &sub)
{
    QCommandLineParser parser;
    Options o;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("Patient ID (required)."), QStringLiteral("ID"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Minutes (default 30)."), QStringLiteral("MIN"),
                                      QStringLiteral("30"));
    const QCommandLineOption provider(QStringLiteral("provider"), tr("Who sees the patient."), QStringLiteral("NAME"));
    const QCommandLineOption location(QStringLiteral("location"), tr("Where."), QStringLiteral("TEXT"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (never put in a text unless a template asks)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({patient, o.at, o.tz, duration, provider, location, reason});
    if (!sub.parse(parser, tr("Book an appointment and plan its notifications.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(patient) || !parser.isSet(o.at))
        return sub.usageError(tr("--patient and --at are required."));
    bool ok = false;
    AppointmentDraft draft;
    draft.patientId = parser.value(patient).toLongLong(&ok);
    if (!ok)
        return sub.usageError(tr("--patient \"%1\" is not a patient ID.").arg(parser.value(patient)));
    draft.durationMinutes = parser.value(duration).toInt(&ok);
    if (!ok)
        return sub.usageError(tr("--duration \"%1\" is not a number of minutes.").arg(parser.value(duration)));
    draft.provider = parser.value(provider);
    draft.location = parser.value(location);
    draft.reason = parser.value(reason);

    auto services = openMessaging(sub);
    if (!services)
        return sub.exitCode();
    const AppointmentRules rules = AppointmentRules::fromSettings(sub.settings());
    auto who = services->patients().get(draft.patientId);
    if (!who)
        return sub.fail(who.error().message);
    QTimeZone zone = AppointmentStore::patientZone(*who, rules);
    if (parser.isSet(o.tz)) {
        zone = QTimeZone(parser.value(o.tz).toUtf8());
        if (!zone.isValid())
            return sub.usageError(tr("--tz \"%1\" is not a time zone; use an IANA name such as America/New_York.")
                                      .arg(parser.value(o.tz)));
    }
    auto start = parseLocal(parser.value(o.at), zone);
    if (!start)
        return sub.usageError(start.error().message);
    draft.startUtc = *start;
    draft.timeZone = QString::fromUtf8(zone.id());
    auto created = services->appointments().create(draft, rules);
    if (!created)
        return sub.fail(created.error().message);
    return finish(sub, *services, created->id);
}

int list(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("Only this patient."), QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("From this day (YYYY-MM-DD, clinic time)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Up to and including this day."), QStringLiteral("DATE"));
    parser.addOptions({patient, from, to});
    if (!sub.parse(parser, tr("List appointments with their notifications.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    const AppointmentRules rules = AppointmentRules::fromSettings(sub.settings());
    std::optional<qint64> patientId;
    if (parser.isSet(patient)) {
        bool ok = false;
        patientId = parser.value(patient).toLongLong(&ok);
        if (!ok)
            return sub.usageError(tr("--patient \"%1\" is not a patient ID.").arg(parser.value(patient)));
    }
    QDateTime fromUtc;
    QDateTime toUtc;
    for (const auto &[option, target, days] : {std::tuple{&from, &fromUtc, 0}, std::tuple{&to, &toUtc, 1}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day.isValid())
            return sub.usageError(tr("\"%1\" is not a date; use YYYY-MM-DD.").arg(parser.value(*option)));
        *target = QDateTime(day.addDays(days), QTime(0, 0), rules.clinicZone).toUTC();
    }
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    auto services = std::make_unique<AppServices>(database, AppServices::Options{});
    auto found = services->appointments().list(patientId, fromUtc, toUtc);
    if (!found)
        return sub.fail(found.error().message);
    if (sub.json()) {
        QJsonArray array;
        for (const Appointment &a : std::as_const(*found))
            array.append(appointmentToJson(a));
        sub.printJson(array);
    } else {
        for (const Appointment &a : std::as_const(*found))
            print(sub, a, {});
        if (found->isEmpty())
            sub.out() << tr("No appointments.") << Qt::endl;
    }
    return Success;
}

int show(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Show one appointment and its notifications."), QStringLiteral("ID")))
        return sub.exitCode();
    bool ok = false;
    const qint64 id = idArgument(sub, parser, &ok);
    if (!ok)
        return sub.exitCode() ? sub.exitCode() : UsageError;
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    AppServices services(database, AppServices::Options{});
    auto found = services.appointments().get(id);
    if (!found)
        return sub.fail(found.error().message);
    if (sub.json())
        sub.printJson(appointmentToJson(*found));
    else
        print(sub, *found, {});
    return Success;
}

int reschedule(Context &sub)
{
    QCommandLineParser parser;
    Options o;
    parser.addOptions({o.at, o.tz});
    if (!sub.parse(parser, tr("Move an appointment: its reminders are cancelled and planned again."),
                   QStringLiteral("ID")))
        return sub.exitCode();
    bool ok = false;
    const qint64 id = idArgument(sub, parser, &ok);
    if (!ok)
        return sub.exitCode() ? sub.exitCode() : UsageError;
    if (!parser.isSet(o.at))
        return sub.usageError(tr("--at is required."));
    auto services = openMessaging(sub);
    if (!services)
        return sub.exitCode();
    auto current = services->appointments().get(id);
    if (!current)
        return sub.fail(current.error().message);
    const QString zoneName = parser.isSet(o.tz) ? parser.value(o.tz) : current->timeZone;
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        return sub.usageError(
            tr("--tz \"%1\" is not a time zone; use an IANA name such as America/New_York.").arg(zoneName));
    auto start = parseLocal(parser.value(o.at), zone);
    if (!start)
        return sub.usageError(start.error().message);
    auto moved =
        services->appointments().reschedule(id, *start, zoneName, AppointmentRules::fromSettings(sub.settings()));
    if (!moved)
        return sub.fail(moved.error().message);
    return finish(sub, *services, id);
}

int cancel(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Cancel an appointment: its reminders are cancelled, the patient is told."),
                   QStringLiteral("ID")))
        return sub.exitCode();
    bool ok = false;
    const qint64 id = idArgument(sub, parser, &ok);
    if (!ok)
        return sub.exitCode() ? sub.exitCode() : UsageError;
    auto services = openMessaging(sub);
    if (!services)
        return sub.exitCode();
    auto cancelled = services->appointments().cancel(id, AppointmentRules::fromSettings(sub.settings()));
    if (!cancelled)
        return sub.fail(cancelled.error().message);
    return finish(sub, *services, id);
}

int confirm(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Mark an appointment confirmed (the patient confirmed by phone)."), QStringLiteral("ID")))
        return sub.exitCode();
    bool ok = false;
    const qint64 id = idArgument(sub, parser, &ok);
    if (!ok)
        return sub.exitCode() ? sub.exitCode() : UsageError;
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    AppServices services(database, AppServices::Options{});
    auto confirmed = services.appointments().setStatus(id, AppointmentStatus::Confirmed, QStringLiteral("by CLI"));
    if (!confirmed)
        return sub.fail(confirmed.error().message);
    if (sub.json())
        sub.printJson(appointmentToJson(*confirmed));
    else
        print(sub, *confirmed, {});
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx,
        {{QStringLiteral("add"),
          QT_TRANSLATE_NOOP("cd::cli", "Book an appointment (--patient, --at, --tz, --duration, --provider, "
                                       "--location)."),
          add},
         {QStringLiteral("list"), QT_TRANSLATE_NOOP("cd::cli", "List appointments (--patient, --from, --to)."), list},
         {QStringLiteral("show"), QT_TRANSLATE_NOOP("cd::cli", "Show one appointment."), show},
         {QStringLiteral("reschedule"), QT_TRANSLATE_NOOP("cd::cli", "Move an appointment (--at, --tz)."), reschedule},
         {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("cd::cli", "Cancel an appointment."), cancel},
         {QStringLiteral("confirm"), QT_TRANSLATE_NOOP("cd::cli", "Mark an appointment confirmed."), confirm}});
}

const bool registered =
    registerCommand({QStringLiteral("appointments"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Book, list, move and cancel appointments.")), run});

} // namespace
} // namespace cd::cli
