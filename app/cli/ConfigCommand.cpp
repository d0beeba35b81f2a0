// clinicdesk-cli config show | set-credentials | clear-credentials
#include "app/cli/Cli.h"

#include "core/secrets/ConfigOverview.h"
#include "core/secrets/CredentialInput.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SettingsWriter.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CD_ISATTY _isatty
#define CD_FILENO _fileno
#else
#include <unistd.h>
#define CD_ISATTY isatty
#define CD_FILENO fileno
#endif

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text); // lupdate files these calls under the namespace
}

QString displayValue(const ResolvedSetting &entry)
{
    if (entry.definition->isSecret())
        return entry.maskedValue;
    if (entry.value.typeId() == QMetaType::Double)
        return QString::number(entry.value.toDouble());
    return entry.value.toString();
}

// Typed for scripts: numbers as numbers, "not set" as null, secrets only as their mask.
QJsonValue jsonValue(const ResolvedSetting &entry)
{
    if (entry.definition->isSecret())
        return entry.maskedValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.maskedValue);
    if (!entry.value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (entry.definition->kind) {
    case SettingDefinition::Kind::Money:
        return entry.value.toDouble();
    case SettingDefinition::Kind::Integer:
        return entry.value.toInt();
    case SettingDefinition::Kind::Bool:
        return entry.value.toBool();
    default:
        return entry.value.toString();
    }
}

int show(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    Context sub(ctx.command() + QStringLiteral(" show"), args);
    if (!sub.parse(parser, tr("List every setting with its value and where it comes from (secrets masked).")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    KeychainSecretStore store;
    const ConfigOverview overview = ConfigOverview::load(store, QLatin1Char('*'));
    if (sub.json()) {
        QJsonArray settings;
        for (const ResolvedSetting &entry : overview.settings) {
            QJsonObject item{{QStringLiteral("id"), entry.definition->id},
                             {QStringLiteral("key"), entry.definition->key},
                             {QStringLiteral("label"), entry.definition->translatedLabel()},
                             {QStringLiteral("source"), settingSourceName(entry.source)},
                             {QStringLiteral("locked"), entry.locked},
                             {QStringLiteral("secret"), entry.definition->isSecret()}};
            if (!entry.definition->envVar.isEmpty())
                item.insert(QStringLiteral("envVar"), entry.definition->envVar);
            item.insert(QStringLiteral("value"), jsonValue(entry));
            settings.append(item);
        }
        QJsonObject root{{QStringLiteral("settings"), settings},
                         {QStringLiteral("userFile"), AppSettings::userFileName()},
                         {QStringLiteral("systemFile"), AppSettings::systemFileName()}};
        if (overview.keychainError)
            root.insert(QStringLiteral("keychainError"),
                        QJsonObject{{QStringLiteral("code"), overview.keychainError->code},
                                    {QStringLiteral("message"), overview.keychainError->message}});
        sub.printJson(root);
    } else {
        QTextStream &out = sub.out();
        for (const ResolvedSetting &entry : overview.settings) {
            QString source = settingSourceName(entry.source);
            if (entry.locked)
                source += tr(", locked by IT");
            const QString value = displayValue(entry);
            out << entry.definition->translatedLabel().leftJustified(50) << ' '
                << (value.isEmpty() ? tr("(not set)") : value) << "  [" << source << "]\n";
        }
        out << '\n'
            << tr("User settings: %1").arg(AppSettings::userFileName()) << '\n'
            << tr("IT defaults:   %1").arg(AppSettings::systemFileName()) << Qt::endl;
    }
    if (overview.keychainError)
        sub.err() << tr("Warning: secrets could not be read: %1").arg(overview.keychainError->message) << Qt::endl;
    return Success;
}

int setCredentials(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromEnv(QStringLiteral("from-env"),
                                     tr("Take the values from environment variables of the same names."));
    parser.addOption(fromEnv);
    Context sub(ctx.command() + QStringLiteral(" set-credentials"), args);
    const QString description =
        tr("Store Twilio and SendGrid credentials: secrets in the system keychain, the rest in settings.\n"
           "Reads NAME=VALUE lines on standard input. Names: %1.")
            .arg(SettingCatalog::environmentVariables().join(QStringLiteral(", ")));
    if (!sub.parse(parser, description))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    const QString region = AppSettings::phoneRegion();
    CredentialInput input;
    if (parser.isSet(fromEnv)) {
        input = CredentialInputParser::fromEnvironment(QProcessEnvironment::systemEnvironment(), region);
    } else {
        if (CD_ISATTY(CD_FILENO(stdin))) {
            // Someone typing: say what is expected and how to finish, instead of waiting silently.
            sub.err() << tr("Enter NAME=VALUE lines (e.g. TWILIO_ACCOUNT_SID=AC…), then press Ctrl-D (Ctrl-Z and "
                            "Enter on Windows).")
                      << Qt::endl;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return sub.fail(tr("standard input cannot be read."));
        input = CredentialInputParser::parseLines(QString::fromUtf8(in.readAll()), region);
    }
    if (!input.ok()) {
        for (const QString &problem : input.problems)
            sub.err() << QStringLiteral("clinicdesk-cli config set-credentials: ") << problem << '\n';
        sub.err() << tr("Nothing was saved.") << Qt::endl;
        return Failure;
    }

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    KeychainSecretStore store;
    SettingsWriter writer(store, *database);
    const Status<> saved = writer.apply(input.changes);
    if (!saved)
        return sub.fail(saved.error().message);

    QJsonArray names;
    for (const SettingChange &change : input.changes)
        names.append(change.definition->envVar);
    if (sub.json()) {
        sub.printJson(QJsonObject{{QStringLiteral("saved"), names}});
    } else {
        for (const SettingChange &change : input.changes)
            sub.out() << tr("Saved %1 (%2).")
                             .arg(change.definition->envVar,
                                  change.definition->isSecret() ? tr("in the keychain") : tr("in user settings"))
                      << '\n';
        sub.out().flush();
    }
    return Success;
}

int clearCredentials(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    Context sub(ctx.command() + QStringLiteral(" clear-credentials"), args);
    if (!sub.parse(parser, tr("Remove the Auth Token, API key secret and SendGrid key from the system keychain.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    KeychainSecretStore store;
    SettingsWriter writer(store, *database);
    const Status<> cleared = writer.clearSecrets();
    if (!cleared)
        return sub.fail(cleared.error().message);
    if (sub.json())
        sub.printJson(QJsonObject{{QStringLiteral("cleared"), true}});
    else
        sub.out() << tr("The secrets were removed from the keychain.") << Qt::endl;
    return Success;
}

int run(Context &ctx)
{
    QStringList args = ctx.arguments();
    const QString program = args.value(0);
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(program);
    if (sub == QLatin1String("show"))
        return show(ctx, rest);
    if (sub == QLatin1String("set-credentials"))
        return setCredentials(ctx, rest);
    if (sub == QLatin1String("clear-credentials"))
        return clearCredentials(ctx, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        QTextStream &stream = sub.isEmpty() ? ctx.err() : ctx.out();
        stream << tr("Usage: clinicdesk-cli config show|set-credentials|clear-credentials [options]") << '\n'
               << tr("  show               Every setting, its value and source (secrets masked).") << '\n'
               << tr("  set-credentials    Store credentials from NAME=VALUE lines on stdin (or --from-env).") << '\n'
               << tr("  clear-credentials  Remove the secrets from the system keychain.") << '\n'
               << tr("Run \"clinicdesk-cli config SUBCOMMAND --help\" for details.") << Qt::endl;
        return sub.isEmpty() ? UsageError : Success;
    }
    return ctx.usageError(tr("unknown subcommand \"%1\"; use show, set-credentials or clear-credentials.").arg(sub));
}

const bool registered = registerCommand(
    {QStringLiteral("config"),
     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show settings; store or clear credentials (keychain).")), run});

} // namespace
} // namespace cd::cli
