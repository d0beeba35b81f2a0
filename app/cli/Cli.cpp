#include "app/cli/Cli.h"

#include "app/cli/SchemaUpgradeNotice.h"
#include "core/desks/ClinicSettingsStore.h"

#include "core/common/TerminalText.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/services/DataLocation.h"
#include "core/services/DatabaseLocation.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <cstdio>

namespace cd::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)),
      m_settings(SettingsService::instance().snapshot()), m_out(stdout), m_err(stderr)
{
}

Context::~Context() = default;

bool Context::parse(QCommandLineParser &parser, const QString &description, const QString &syntax)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("cli", "Use the database in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("cli",
                                    "Use the clinic's shared database at URL "
                                    "(postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA)."),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print machine-readable JSON."));
    parser.addOption(help);
    parser.addOption(dataDir);
    parser.addOption(database);
    parser.addOption(json);
    if (!syntax.isEmpty())
        parser.addPositionalArgument(QStringLiteral("args"), QString(), syntax);

    if (!parser.parse(m_arguments)) {
        QString text = parser.errorText();
        // "-3" reads as an option: a negative number needs "--" before it.
        for (const QString &name : parser.unknownOptionNames()) {
            bool number = false;
            name.toDouble(&number);
            if (number) {
                text = QCoreApplication::translate("cli", "\"-%1\" reads as an option. To give a negative number, "
                                                          "put -- before it: … -- -%1")
                           .arg(name);
                break;
            }
        }
        m_exitCode = usageError(text);
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() starts with "Usage: <program>"; name the command too.
        QString text = parser.helpText();
        text.replace(QStringLiteral("[options]"), m_command + QStringLiteral(" [options]"));
        text.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("clinicdesk-cli"));
        m_out << text;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    m_json = parser.isSet(json);
    m_dataDir = resolveDataDir(parser.value(dataDir));
    m_databaseUrl = parser.value(database);
    return true;
}

std::shared_ptr<Database> Context::openDatabase()
{
    auto target = databaseTarget();
    if (!target) {
        fail(target.error().message);
        return nullptr;
    }
    // A long schema update of a big SQLite history reports its progress first (a server is updated by Database).
    if (!target->isPostgres()) {
        if (auto updated = updateHistoryReporting(target->sqliteFile, m_err); !updated) {
            fail(updated.error().message);
            return nullptr;
        }
    }
    auto database = Database::open(*target);
    if (!database) {
        fail(database.error().message);
        return nullptr;
    }
    ClinicSettingsStore::attach(*database); // a shared server: clinic-wide settings live there
    return database.value();
}

Result<DatabaseTarget> Context::databaseTarget()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return resolveDatabaseTarget(m_databaseUrl, m_dataDir, m_secrets.get());
}

int Context::usageError(const QString &message)
{
    m_err << QStringLiteral("clinicdesk-cli %1: ").arg(m_command) << message << Qt::endl
          << QCoreApplication::translate("cli", "Run \"clinicdesk-cli %1 --help\" for usage.").arg(m_command)
          << Qt::endl;
    m_exitCode = UsageError;
    return UsageError;
}

int Context::fail(const QString &message, int code)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Messages can quote a patient's text or a CSV cell: no control character reaches the terminal.
    m_err << QStringLiteral("clinicdesk-cli %1: ").arg(m_command) << TerminalText::visible(oneLine) << Qt::endl;
    m_exitCode = code;
    return code;
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int runSubcommand(Context &ctx, const QList<Subcommand> &subcommands)
{
    const QStringList args = ctx.arguments();
    const QString name = args.value(1);
    QStringList names;
    for (const Subcommand &subcommand : subcommands) {
        names << subcommand.name;
        if (subcommand.name != name)
            continue;
        QStringList rest = args.mid(2);
        rest.prepend(args.value(0)); // the parser expects the program name first
        Context sub(ctx.command() + QLatin1Char(' ') + name, rest);
        return subcommand.run(sub);
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name.isEmpty()) {
        QTextStream &stream = name.isEmpty() ? ctx.err() : ctx.out();
        qsizetype width = 0;
        for (const QString &each : std::as_const(names))
            width = std::max(width, each.size());
        stream << tr("Usage: clinicdesk-cli %1 %2 [options]").arg(ctx.command(), names.join(QLatin1Char('|'))) << '\n';
        for (const Subcommand &subcommand : subcommands)
            stream << "  " << subcommand.name.leftJustified(width + 2) << tr(subcommand.summary) << '\n';
        stream << tr("Run \"clinicdesk-cli %1 SUBCOMMAND --help\" for details.").arg(ctx.command()) << Qt::endl;
        return name.isEmpty() ? UsageError : Success;
    }
    return ctx.usageError(tr("unknown subcommand \"%1\"; use %2.").arg(name, names.join(QStringLiteral(", "))));
}

} // namespace cd::cli
