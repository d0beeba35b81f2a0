// clinicdesk-cli config show | set KEY VALUE | unset KEY | set-credentials | clear-credentials
#include "app/cli/Cli.h"
#include "app/cli/ConfigSettings.h"

#include "core/desks/ClinicSettingsStore.h"
#include "core/secrets/ConfigOverview.h"
#include "core/secrets/CredentialInput.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SettingsWriter.h"
#include "core/security/TerminalInput.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace cd::cli {

namespace {

// Where each managed value was set, so IT can find the file or registry value to change.
void printPolicyOrigins(Context &sub, const SettingsSnapshot &snapshot)
{
    QStringList keys = snapshot.policies().keys();
    if (keys.isEmpty())
        return;
    keys.sort();
    sub.out() << tr("Managed by your IT department:") << '\n';
    for (const QString &key : std::as_const(keys))
        sub.out() << "  " << key << "  " << QDir::toNativeSeparators(snapshot.policies().origin(key)) << '\n';
    sub.out().flush();
}

int show(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("List every setting with its value and where it comes from (secrets masked).")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    KeychainSecretStore store;
    SettingsSnapshot snapshot = sub.settings();
    // On a shared clinic database the clinic-wide values live there: show those (or say why not).
    if (auto target = sub.databaseTarget(); target && target->isPostgres()) {
        if (auto database = Database::open(*target)) {
            ClinicSettingsStore::attach(*database);
            snapshot = SettingsService::instance().snapshot();
        } else {
            sub.err() << tr("(clinic-wide settings not read: %1)").arg(database.error().message) << Qt::endl;
        }
    }
    const ConfigOverview overview = ConfigOverview::load(store, snapshot, QLatin1Char('*'));
    if (sub.json()) {
        QJsonArray settings;
        for (const ResolvedSetting &entry : overview.settings)
            settings.append(settingToJson(entry));
        QJsonObject root{{QStringLiteral("settings"), settings},
                         {QStringLiteral("userFile"), snapshot.userFileName()},
                         {QStringLiteral("systemFile"), snapshot.systemFileName()}};
        QJsonObject managed; // key -> where IT set it
        for (const QString &key : snapshot.policies().keys())
            managed.insert(key, snapshot.policies().origin(key));
        root.insert(QStringLiteral("managed"), managed);
        root.insert(QStringLiteral("policyProblems"), QJsonArray::fromStringList(snapshot.policies().problems()));
        if (overview.keychainError)
            root.insert(QStringLiteral("keychainError"),
                        QJsonObject{{QStringLiteral("code"), overview.keychainError->code},
                                    {QStringLiteral("message"), overview.keychainError->message}});
        sub.printJson(root);
    } else {
        QTextStream &out = sub.out();
        qsizetype width = 0;
        for (const ResolvedSetting &entry : overview.settings)
            width = std::max(width, entry.definition->key.size());
        for (const ResolvedSetting &entry : overview.settings) {
            QString source = settingSourceName(entry.source);
            if (entry.locked)
                source += QStringLiteral(": ") + tr("Managed by your IT department");
            const QString value = displayValue(entry);
            out << entry.definition->key.leftJustified(width + 2) << (value.isEmpty() ? tr("(not set)") : value)
                << "  [" << source << "]\n";
        }
        out << '\n'
            << tr("User settings: %1").arg(snapshot.userFileName()) << '\n'
            << tr("IT defaults:   %1").arg(snapshot.systemFileName()) << Qt::endl;
        printPolicyOrigins(sub, snapshot);
    }
    for (const QString &problem : snapshot.policies().problems())
        sub.err() << tr("Warning: %1").arg(problem) << Qt::endl;
    if (overview.keychainError)
        sub.err() << tr("Warning: secrets could not be read: %1").arg(overview.keychainError->message) << Qt::endl;
    return Success;
}

int setCredentials(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption fromEnv(QStringLiteral("from-env"),
                                     tr("Take the values from environment variables of the same names."));
    parser.addOption(fromEnv);
    const QString description =
        tr("Store Twilio and SendGrid credentials: secrets in the system keychain, the rest in settings.\n"
           "Reads NAME=VALUE lines on standard input. Names: %1.")
            .arg(SettingCatalog::environmentVariables().join(QStringLiteral(", ")));
    if (!sub.parse(parser, description))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    const QString region = sub.settings().policy().phoneRegion;
    CredentialInput input;
    if (parser.isSet(fromEnv)) {
        input = CredentialInputParser::fromEnvironment(QProcessEnvironment::systemEnvironment(), region);
    } else {
        // Someone typing is told what is expected and how to finish, and sees no secret on the screen (nor in the
        // terminal's scrollback); piped input is read as it comes.
        const QStringList lines = TerminalInput::readSecretLines(
            tr("Enter NAME=VALUE lines (e.g. TWILIO_ACCOUNT_SID=AC…); what you type is not shown. Finish with an "
               "empty line."));
        input = CredentialInputParser::parseLines(lines.join(QLatin1Char('\n')), region);
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

int clearCredentials(Context &sub)
{
    QCommandLineParser parser;
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
    return runSubcommand(
        ctx,
        {{QStringLiteral("show"),
          QT_TRANSLATE_NOOP("cd::cli", "Every setting: its key, value and source (secrets masked)."), show},
         {QStringLiteral("set"), QT_TRANSLATE_NOOP("cd::cli", "Change a setting: config set KEY VALUE."), setSetting},
         {QStringLiteral("unset"), QT_TRANSLATE_NOOP("cd::cli", "Go back to the default: config unset KEY."),
          unsetSetting},
         {QStringLiteral("set-credentials"),
          QT_TRANSLATE_NOOP("cd::cli", "Store credentials from NAME=VALUE lines on stdin (or --from-env)."),
          setCredentials},
         {QStringLiteral("clear-credentials"),
          QT_TRANSLATE_NOOP("cd::cli", "Remove the secrets from the system keychain."), clearCredentials}});
}

const bool registered = registerCommand(
    {QStringLiteral("config"),
     QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show and change settings; store or clear credentials (keychain).")),
     run});

} // namespace
} // namespace cd::cli
