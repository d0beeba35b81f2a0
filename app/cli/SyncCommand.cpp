// clinicdesk-cli sync: one full messaging cycle.
#include "app/cli/Cli.h"
#include "app/cli/MessagingSetup.h"

#include <QJsonObject>

namespace cd::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Send pending messages, settle unconfirmed ones, fetch replies and update delivery "
                              "statuses (one full cycle).")))
        return ctx.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto session = openMessaging(ctx);
    if (!session)
        return ctx.exitCode();

    const SyncReport report = session->messaging().syncAndWait();
    if (ctx.json()) {
        QJsonObject object{
            {QStringLiteral("sent"), report.sent},       {QStringLiteral("settled"), report.settled},
            {QStringLiteral("inbound"), report.inbound}, {QStringLiteral("status_updates"), report.statusUpdates},
            {QStringLiteral("failed"), report.failed},   {QStringLiteral("demo"), session->messaging().isDemo()}};
        if (!report.ok())
            object.insert(QStringLiteral("error"), report.errorMessage());
        ctx.printJson(object);
    } else {
        ctx.out() << tr("Sent %1, settled %2, failed %3, new replies %4, status updates %5.")
                         .arg(report.sent)
                         .arg(report.settled)
                         .arg(report.failed)
                         .arg(report.inbound)
                         .arg(report.statusUpdates)
                  << (session->messaging().isDemo() ? QStringLiteral(" (%1)").arg(tr("demo mode")) : QString())
                  << Qt::endl;
    }
    if (!report.ok())
        return ctx.fail(report.errorMessage());
    return Success;
}

const bool registered = registerCommand(
    {QStringLiteral("sync"),
     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Send pending messages and fetch replies and delivery statuses.")), run});

} // namespace
} // namespace cd::cli
