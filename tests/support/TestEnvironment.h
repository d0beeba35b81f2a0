#pragma once

#include "core/storage/Database.h"
#include "core/storage/DatabaseTarget.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cd::test {

// A private data directory and settings home for one test, so tests never touch the user's files and can run
// side by side. The process environment points QSettings (XDG_CONFIG_HOME) and CLINICDESK_DATA_DIR at it.
class TestEnvironment
{
public:
    TestEnvironment();
    QString dataDir() const;
    QString configDir() const;
    QString databaseFile() const;
    // The database this test works on: the SQLite file, or, when the suite runs against PostgreSQL
    // (CLINICDESK_TEST_BACKEND=postgres, the "_pg" ctest entries), a database of its own on a server this process
    // started. CLINICDESK_DATABASE_URL points there too, so child processes (the CLI) open the same one.
    DatabaseTarget databaseTarget() const;
    // The same database as one command-line argument for helper processes: the file, or the server's URL.
    QString databaseArgument() const { return m_postgresUrl.isEmpty() ? databaseFile() : m_postgresUrl; }
    static bool onPostgres();
    QString root() const { return m_dir.path(); }
    QProcessEnvironment processEnvironment() const; // for child processes (the CLI)

private:
    QTemporaryDir m_dir;
    QString m_postgresUrl;
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real clinicdesk-cli with `args` (plus --data-dir) in `env`; `input` goes to stdin.
CliRun runCli(const TestEnvironment &env, const QStringList &args, const QByteArray &input = {},
              const QProcessEnvironment &extra = {});

QString testDataPath(const QString &name);

// Empties the append-only audit log for a test that counts its own rows: lifts the guard trigger first (SQLite's
// audit_log_no_delete, PostgreSQL's audit_log_append_only), as only a test may.
bool emptyAuditLog(Database &db);

} // namespace cd::test
