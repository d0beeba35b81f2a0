// clinicdesk-cli intake run: the intake forms' periodic work for an operating-system scheduler, the same pass the
// running app makes every minute (e-mails due, follow-ups, status URLs, demo completions).
#include "app/cli/IntakeCommands.h"
#include "app/cli/MessagingSetup.h"

#include "core/intake/IntakeService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

int runIntakePass(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser,
                   tr("Send the e-mails that wait (rate limit over, network back), the follow-up texts that are due "
                      "(outside quiet hours), and ask the forms' status URLs. Safe to run often and in several "
                      "processes at once, also while the program runs: each item is done by one process.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto services = openMessaging(sub);
    if (!services)
        return sub.exitCode();
    const IntakePassReport report = services->intake().runPassAndWait();
    const bool failed = report.emailsFailed > 0 || !report.errors.isEmpty();
    if (sub.json()) {
        QJsonObject object{{QStringLiteral("emails_sent"), report.emailsSent},
                           {QStringLiteral("emails_failed"), report.emailsFailed},
                           {QStringLiteral("follow_ups"), report.followUps},
                           {QStringLiteral("follow_ups_waiting"), report.followUpsWaiting},
                           {QStringLiteral("status_checks"), report.statusChecks},
                           {QStringLiteral("completed"), report.completed}};
        if (!report.errors.isEmpty())
            object.insert(QStringLiteral("errors"), QJsonArray::fromStringList(report.errors));
        sub.printJson(object);
    } else {
        sub.out() << tr("E-mails sent %1, failed %2; follow-ups sent %3, waiting for allowed hours %4; status checks "
                        "%5; completed %6.")
                         .arg(report.emailsSent)
                         .arg(report.emailsFailed)
                         .arg(report.followUps)
                         .arg(report.followUpsWaiting)
                         .arg(report.statusChecks)
                         .arg(report.completed)
                  << Qt::endl;
    }
    if (failed)
        return sub.fail(report.errors.isEmpty() ? tr("%n e-mail(s) failed or are not confirmed: see \"intake list\".",
                                                     nullptr, report.emailsFailed)
                                                : report.errors.join(QLatin1Char(' ')));
    return Success;
}

} // namespace cd::cli
