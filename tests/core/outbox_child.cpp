// A real ClinicDesk sender in its own process, for tests that kill it (SIGKILL) mid-send or run two at once.
//   clinicdesk-outbox-child DBFILE send PATIENT_ID BODY [POINT[:N]]
//   clinicdesk-outbox-child DBFILE sync [POINT[:N]]
// With POINT (queued, claimed, answered), the N-th time (default 1) the outbox reaches that point the child prints
// "PAUSED POINT" and waits to be killed. POINT "slow-claim" instead slows every claim down (race test). Credentials and
// the fake's URL come from the environment.
#include "core/messaging/MessageJson.h"
#include "core/messaging/MessagingSession.h"
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace cd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: %s DATABASE send PATIENT BODY [POINT] | DATABASE sync [POINT]\n"
                     "DATABASE: a SQLite file or a postgresql:// URL\n",
                     argv[0]);
        return 2;
    }
    const bool send = args.at(2) == QLatin1String("send");
    const QString pause = args.value(send ? 5 : 3);
    const QString point = pause.section(QLatin1Char(':'), 0, 0);
    const int nth = pause.contains(QLatin1Char(':')) ? pause.section(QLatin1Char(':'), 1).toInt() : 1;

    const QString where = args.at(1);
    auto server = PostgresTarget::fromUrl(where);
    auto database = !where.startsWith(QLatin1String("postgresql://")) ? Database::openSqlite(where)
                    : server                                          ? Database::openPostgres(*server)
                             : Result<std::shared_ptr<Database>>(server.error());
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    OutboxOptions options;
    // A restarted process settles at once: the fake lists a created message immediately.
    options.settleWindowSec = 0;
    options.settleLookups = 1; // the settle rule itself is tst_outbox_faults' subject
    int seen = 0;
    options.checkpoint = [&](const char *reached) {
        // "slow-claim": linger between reading a pending row and claiming it, so that two processes race for the
        // same row (only an atomic claim keeps them from both sending it).
        if (pause == QLatin1String("slow-claim")) {
            if (qstrcmp(reached, "loaded") == 0)
                QThread::msleep(40);
            return;
        }
        if (point.isEmpty() || point != QLatin1String(reached) || ++seen != nth)
            return;
        std::printf("PAUSED %s\n", reached);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1); // until SIGKILL
    };
    auto session =
        MessagingSession::open(*database, std::make_shared<EnvCredentialsProvider>(), QStringLiteral("US"), options);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    if (send) {
        auto queued = (*session)->outbox().queue(args.value(3).toLongLong(), args.value(4));
        if (!queued) {
            std::fprintf(stderr, "%s\n", qPrintable(queued.error().message));
            return 1;
        }
        auto sent = (*session)->outbox().sendNow(queued->id);
        if (!sent)
            return 1;
        std::printf("%s\n", QJsonDocument(messageToJson(*sent, QDateTime::currentDateTimeUtc()))
                                .toJson(QJsonDocument::Compact)
                                .constData());
        return 0;
    }
    const SyncReport report = (*session)->engine().runCycle();
    std::printf("{\"sent\":%d,\"settled\":%d,\"failed\":%d}\n", report.sent, report.settled, report.failed);
    if (report.error)
        std::fprintf(stderr, "%s\n", qPrintable(report.error->message));
    return report.ok() ? 0 : 1;
}
