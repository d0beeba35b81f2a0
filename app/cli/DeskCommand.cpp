// clinicdesk-cli desk run: a desk without a window. It sends its queue, reads replies when it holds the clinic's
// poller lease (a shared server) and keeps going until stopped (SIGTERM, Ctrl+C) or --for seconds have passed.
#include "app/cli/Cli.h"
#include "app/cli/MessagingSetup.h"

#include "core/desks/ChangeFeed.h"
#include "core/messaging/MessageStore.h"

#include <QJsonObject>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace cd::cli {

namespace {

// Set by the signal handler (all it may safely do); the event loop looks at it five times a second.
volatile std::sig_atomic_t stopRequested = 0;

void onStopSignal(int)
{
    stopRequested = 1;
}

int runDesk(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Check Twilio every SEC seconds (2-3600; default: the settings' schedule)."),
                                      QStringLiteral("SEC"));
    const QCommandLineOption forTime(QStringLiteral("for"), tr("Stop after SEC seconds (default: until stopped)."),
                                     QStringLiteral("SEC"));
    parser.addOption(interval);
    parser.addOption(forTime);
    if (!ctx.parse(parser, tr("Run as a desk without a window: send what is queued, read replies and delivery "
                              "statuses (on a shared database only the desk holding the poller lease reads them), "
                              "until stopped with Ctrl+C or SIGTERM.")))
        return ctx.exitCode();
    int intervalSec = 0;
    if (parser.isSet(interval)) {
        bool ok = false;
        intervalSec = parser.value(interval).toInt(&ok);
        if (!ok || intervalSec < 2 || intervalSec > 3600)
            return ctx.usageError(tr("--interval must be a number of seconds from 2 to 3600, not \"%1\".")
                                      .arg(parser.value(interval)));
    }
    int forSec = 0;
    if (parser.isSet(forTime)) {
        bool ok = false;
        forSec = parser.value(forTime).toInt(&ok);
        if (!ok || forSec < 1)
            return ctx.usageError(tr("--for must be a positive number of seconds, not \"%1\".").arg(parser.value(forTime)));
    }

    auto services = openMessaging(ctx, true);
    if (!services)
        return ctx.exitCode();
    MessagingService &messaging = services->messaging();
    messaging.setWindowActive(false); // nobody looks at this desk: the idle schedule
    if (intervalSec > 0)
        messaging.setFixedIntervalMs(intervalSec * 1000);
    services->messages().watchDataVersion();

    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, qApp, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(200);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    if (forSec > 0)
        QTimer::singleShot(forSec * 1000, qApp, &QCoreApplication::quit);

    QObject::connect(&messaging, &MessagingService::cycleReported, qApp, [&ctx](const SyncReport &report) {
        if (ctx.json()) {
            QJsonObject line{{QStringLiteral("sent"), report.sent},
                             {QStringLiteral("inbound"), report.inbound},
                             {QStringLiteral("status_updates"), report.statusUpdates},
                             {QStringLiteral("polled"), report.polled},
                             {QStringLiteral("poller"), report.pollerElsewhere}};
            if (!report.ok())
                line.insert(QStringLiteral("error"), report.errorMessage());
            ctx.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            ctx.out() << tr("Sent %1, new replies %2, status updates %3.")
                             .arg(report.sent)
                             .arg(report.inbound)
                             .arg(report.statusUpdates);
            if (!report.pollerElsewhere.isEmpty())
                ctx.out() << ' ' << tr("Replies are read by %1.").arg(report.pollerElsewhere);
            if (!report.ok())
                ctx.out() << ' ' << report.errorMessage();
            ctx.out() << Qt::endl;
        }
    });
    // What another desk wrote (heard through the shared server's NOTIFY, or the data-version check on SQLite).
    QObject::connect(&services->messages(), &MessageStore::changed, qApp, [&ctx](const MessageChange &change) {
        if (ctx.json() && (change.has(MessageChange::Elsewhere) || change.has(MessageChange::ElsewhereIn)))
            ctx.out() << QStringLiteral("{\"change\":\"messages\"}") << Qt::endl;
    });
    if (ChangeFeed *feed = services->changeFeed()) {
        QObject::connect(feed, &ChangeFeed::connectionChanged, qApp, [&ctx](bool connected) {
            ctx.err() << (connected ? tr("The clinic database is reachable again.")
                                    : tr("The connection to the clinic database was lost; trying again."))
                      << Qt::endl;
        });
    }
    QCoreApplication::exec();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    // AppServices' destructor lets the step in progress finish and hands the poller lease over.
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(ctx, {{QStringLiteral("run"),
                                QT_TRANSLATE_NOOP("cd::cli", "Run as a desk without a window until stopped."),
                                runDesk}});
}

const bool registered = registerCommand(
    {QStringLiteral("desk"),
     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Run a desk without a window (send, poll, reminders).")), run});

} // namespace
} // namespace cd::cli
