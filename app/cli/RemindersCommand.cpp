// clinicdesk-cli reminders run: one pass for an operating-system scheduler (cron, Task Scheduler, launchd).
#include "app/cli/Cli.h"
#include "app/cli/MessagingSetup.h"

#include "core/appointments/ReminderRunner.h"

#include <QJsonObject>

namespace cd::cli {

namespace {

int runPass(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Send due appointment reminders, schedule the next ones at Twilio, cancel what changed. "
                              "Safe to run often and in several processes at once.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto services = openMessaging(sub);
    if (!services)
        return sub.exitCode();
    (void)ReminderRunner::takeCycleReport(); // only this pass counts
    const SyncReport sync = services->messaging().syncAndWait();
    const ReminderReport report = ReminderRunner::takeCycleReport();
    const bool failed = !sync.ok() || report.failed > 0 || !report.errors.isEmpty();
    if (sub.json()) {
        QJsonObject object{{QStringLiteral("scheduled"), report.scheduled},
                           {QStringLiteral("sent"), report.sent},
                           {QStringLiteral("cancelled"), report.cancelled},
                           {QStringLiteral("skipped"), report.skipped},
                           {QStringLiteral("missed"), report.missed}};
        if (failed)
            object.insert(QStringLiteral("error"), !sync.ok() ? sync.errorMessage() : report.errors.value(0));
        sub.printJson(object);
    } else {
        sub.out() << tr("Scheduled %1, sent %2, cancelled %3, skipped %4, missed %5.")
                         .arg(report.scheduled)
                         .arg(report.sent)
                         .arg(report.cancelled)
                         .arg(report.skipped)
                         .arg(report.missed)
                  << Qt::endl;
    }
    if (failed)
        return sub.fail(!sync.ok() ? sync.errorMessage()
                                   : report.errors.value(0, tr("%n reminder(s) failed.", nullptr, report.failed)));
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx, {{QStringLiteral("run"),
               QT_TRANSLATE_NOOP("cd::cli", "One reminders pass (for cron, Task Scheduler, launchd)."), runPass}});
}

const bool registered =
    registerCommand({QStringLiteral("reminders"),
                     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Send and schedule appointment reminders.")), run});

} // namespace
} // namespace cd::cli
