#pragma once

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
    QString root() const { return m_dir.path(); }
    QProcessEnvironment processEnvironment() const; // for child processes (the CLI)

private:
    QTemporaryDir m_dir;
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

} // namespace cd::test
