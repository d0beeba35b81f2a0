// A second ClinicDesk process for the database tests:
//   clinicdesk-db-child DBFILE hold   opens the database, prints "OPEN", keeps it open until stdin closes
//   clinicdesk-db-child DBFILE open   opens (creating and migrating) the database, prints "OK" or the error
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto database = cd::Database::openSqlite(args.at(1));
    if (!database) {
        std::printf("ERROR %s\n", qPrintable(database.error().message));
        return 1;
    }
    // Read once so that this connection takes its shared-memory lock, as a running desk does.
    if (auto read = (*database)->exec(QStringLiteral("SELECT count(*) FROM schema_version")); !read)
        return 1;
    if (args.at(2) == QLatin1String("hold")) {
        std::printf("OPEN\n");
        std::fflush(stdout);
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            (void)in.readAll();
        return 0;
    }
    std::printf("OK\n");
    return 0;
}
