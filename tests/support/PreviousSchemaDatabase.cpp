#include "tests/support/PreviousSchemaDatabase.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

namespace cd::test {

bool makePreviousSchemaDatabase(const QString &file, int messages)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("previous"));
        raw.setDatabaseName(file);
        ok = raw.open();
        QSqlQuery q(raw);
        auto run = [&](const QString &sql) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        };
        run(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, "
                           "app_version TEXT NOT NULL)"));
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version > PreviousSchema)
                break;
            for (const QString &statement : migration.statements)
                run(Database::dialectFor(Database::Backend::Sqlite, statement));
        }
        run(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01', 'old')").arg(PreviousSchema));
        run(QStringLiteral("BEGIN"));
        for (int p = 1; p <= 100; ++p)
            run(QStringLiteral("INSERT INTO patients (id, first_name, last_name, created_at, updated_at, first_key, "
                               "last_key, identity_key) VALUES (%1, 'Pat', 'Old', 'x', 'x', 'pat', 'old', 'k%1')")
                    .arg(p));
        if (ok)
            ok = q.prepare(
                QStringLiteral("INSERT INTO messages (patient_id, direction, body, status, from_number, "
                               "created_at, updated_at, read_at) VALUES (?, ?, ?, 'received', ?, ?, 'x', ?)"));
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; ok && i < messages; ++i) {
            const bool inbound = i % 2 == 0;
            q.addBindValue(1 + i % 100);
            q.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
            q.addBindValue(i % 7 == 0 ? QStringLiteral("Running late, sorry %1").arg(i)
                                      : QStringLiteral("See you tomorrow %1").arg(i));
            q.addBindValue(QStringLiteral("+14155550100"));
            q.addBindValue(start.addSecs(60LL * i).toString(Qt::ISODateWithMs));
            q.addBindValue(inbound && i < messages - 50 ? QVariant(QStringLiteral("2026-01-01T00:00:00.000Z"))
                                                        : QVariant(QMetaType(QMetaType::QString)));
            ok = q.exec();
        }
        run(QStringLiteral("COMMIT"));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("previous"));
    return ok;
}

} // namespace cd::test
