#include "tests/support/TestEnvironment.h"

#include "core/services/DataLocation.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace cd::test {

namespace {
// One server per test process, started by the first environment that needs it and stopped at exit.
PostgresServer &sharedServer()
{
    static std::unique_ptr<PostgresServer> server;
    if (!server) {
        server = std::make_unique<PostgresServer>();
        if (!server->start())
            qFatal("CLINICDESK_TEST_BACKEND=postgres, but the test's PostgreSQL server did not start: %s",
                   qPrintable(server->errorString()));
    }
    return *server;
}

// A fresh, empty database for one environment.
QString createDatabase()
{
    static int counter = 0;
    PostgresServer &server = sharedServer();
    const QString name = QStringLiteral("cd_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cd-test-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            qFatal("test PostgreSQL: %s", qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("test PostgreSQL: %s", qPrintable(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cd-test-admin"));
    return server.url(name);
}
} // namespace

TestEnvironment::TestEnvironment()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", configDir().toUtf8());
    qputenv("CLINICDESK_DATA_DIR", dataDir().toUtf8());
    if (onPostgres()) {
        m_postgresUrl = createDatabase();
        qputenv("CLINICDESK_DATABASE_URL", m_postgresUrl.toUtf8());
    }
}

bool TestEnvironment::onPostgres()
{
    return qEnvironmentVariable("CLINICDESK_TEST_BACKEND") == QLatin1String("postgres");
}

DatabaseTarget TestEnvironment::databaseTarget() const
{
    if (m_postgresUrl.isEmpty())
        return DatabaseTarget::sqlite(databaseFile());
    auto target = PostgresTarget::fromUrl(m_postgresUrl);
    if (!target)
        qFatal("test PostgreSQL URL: %s", qPrintable(target.error().message));
    return DatabaseTarget::server(*target);
}

QString TestEnvironment::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString TestEnvironment::configDir() const
{
    return m_dir.filePath(QStringLiteral("config"));
}

QString TestEnvironment::databaseFile() const
{
    return databaseFileIn(dataDir());
}

QProcessEnvironment TestEnvironment::processEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    env.insert(QStringLiteral("CLINICDESK_DATA_DIR"), dataDir());
    if (!m_postgresUrl.isEmpty())
        env.insert(QStringLiteral("CLINICDESK_DATABASE_URL"), m_postgresUrl);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun runCli(const TestEnvironment &env, const QStringList &args, const QByteArray &input,
              const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment processEnv = env.processEnvironment();
    for (const QString &key : extra.keys())
        processEnv.insert(key, extra.value(key));
    process.setProcessEnvironment(processEnv);
    process.start(QStringLiteral(CLINICDESK_CLI_PATH), args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("clinicdesk-cli did not finish within 120 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString testDataPath(const QString &name)
{
    return QDir(QStringLiteral(CLINICDESK_TEST_DATA_DIR)).filePath(name);
}

bool emptyAuditLog(Database &db)
{
    const QString dropGuard = db.backend() == Database::Backend::Postgres
                                  ? QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
                                  : QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete");
    return db.exec(dropGuard).ok() && db.exec(QStringLiteral("DELETE FROM audit_log")).ok();
}

} // namespace cd::test
