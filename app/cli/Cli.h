#pragma once

#include "core/settings/SettingsSnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

#include "core/common/Result.h"
#include "core/storage/DatabaseTarget.h"

namespace cd {
class Database;
class SecretStore;
}

namespace cd::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
    NotConfirmed = 3
};

// The CLI's strings are translated in the context "cd::cli": lupdate files every tr() call inside namespace
// cd::cli there, so this one wrapper serves all command files.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cd::cli", text, disambiguation, n);
}

// What a command gets: its own arguments, the output streams and shared helpers. Commands only parse and print;
// the work is done by core services so that the GUI and the CLI behave the same.
class Context
{
public:
    Context(QString command, QStringList arguments);
    ~Context();

    QString command() const { return m_command; }
    QStringList arguments() const { return m_arguments; }

    // Adds --data-dir, --json and --help, parses, and handles --help. Returns false (and sets exitCode) when the
    // command should stop: help shown (0) or a usage error (2, message on stderr).
    bool parse(QCommandLineParser &parser, const QString &description, const QString &syntax = {});
    int exitCode() const { return m_exitCode; }
    bool json() const { return m_json; }
    QString dataDir() const { return m_dataDir; }
    QString databaseUrl() const { return m_databaseUrl; } // --database, empty when not given

    // Opens (and migrates) the database in the data directory; on failure prints the reason and returns null.
    std::shared_ptr<Database> openDatabase();
    // Which database that is (--database, CLINICDESK_DATABASE_URL, the setting, else the SQLite file).
    Result<DatabaseTarget> databaseTarget();
    // The settings as they were when the command started (read once per run).
    const SettingsSnapshot &settings() const { return m_settings; }

    int usageError(const QString &message);               // "clinicdesk-cli CMD: message" + hint, returns 2
    int fail(const QString &message, int code = Failure); // one line on stderr
    void printJson(const QJsonValue &value);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString m_command;
    QStringList m_arguments;
    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<SecretStore> m_secrets; // the keychain, made only when a server password is needed
    SettingsSnapshot m_settings;
    bool m_json = false;
    int m_exitCode = Success;
    QTextStream m_out;
    QTextStream m_err;
};

struct Command
{
    QString name;
    QString summary; // one line for the top-level --help (translated at print time)
    std::function<int(Context &)> run;
};

// One subcommand of "COMMAND SUBCOMMAND …" (patients add, config set, …).
struct Subcommand
{
    QString name;
    const char *summary; // QT_TRANSLATE_NOOP("cd::cli", …), for the command's --help
    // Gets its own Context, named "COMMAND SUBCOMMAND", with the arguments after the subcommand.
    std::function<int(Context &sub)> run;
};

// Runs the subcommand named by the first argument. No name: the list on stderr, exit 2; --help: the list on
// stdout, exit 0; an unknown name: a usage error naming the valid ones.
int runSubcommand(Context &ctx, const QList<Subcommand> &subcommands);

// Each command file registers itself at start-up: `static const bool registered = registerCommand({...});`
bool registerCommand(Command command);
const QList<Command> &commands();

} // namespace cd::cli
