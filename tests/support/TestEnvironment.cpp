#include "tests/support/TestEnvironment.h"

#include "core/services/DataLocation.h"

#include <QDir>
#include <QProcess>

namespace cd::test {

TestEnvironment::TestEnvironment()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", configDir().toUtf8());
    qputenv("CLINICDESK_DATA_DIR", dataDir().toUtf8());
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

} // namespace cd::test
