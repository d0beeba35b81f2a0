#include "app/cli/Cli.h"
#include "app/cli/CliApplication.h"

#include "core/security/ProcessHardening.h"
#include "core/settings/SettingsService.h"
#ifdef CLINICDESK_TEST_POLICY_DIR
#include "core/security/TestBuild.h"
#include "core/settings/policy/PolicyDirectory.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>

using namespace cd::cli;

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: clinicdesk-cli [--lang CODE] COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << "\n";
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &command : sorted)
        stream << "  " << command.name.leftJustified(20)
               << QCoreApplication::translate("cli", command.summary.toUtf8().constData()) << "\n";
    stream << "\n"
           << QCoreApplication::translate("cli", "Global options: --version, --help, --lang CODE, --data-dir DIR.")
           << "\n"
           << QCoreApplication::translate("cli", "Every command takes --help, --data-dir DIR and --json.") << "\n"
           << QCoreApplication::translate("cli",
                                          "Exit codes: 0 success, 1 failure, 2 usage error, 3 not confirmed yet.")
           << "\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    cd::ProcessHardening::disableCoreDumps(); // no core file may hold patient data or credentials
    // Informational logs are for the GUI's log; a CLI prints only its result (QT_LOGGING_RULES still overrides).
    QLoggingCategory::setFilterRules(QStringLiteral("clinicdesk.*.info=false"));
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv); // QtGui only for a PDF
#ifdef CLINICDESK_TEST_POLICY_DIR
    // Only the test copy of the CLI (a test target defines this): IT's policy folder inside the build tree, and the
    // test-only overrides (CLINICDESK_SYSTEM_CONFIG_DIR).
    cd::PolicyDirectory::useForTests(QStringLiteral(CLINICDESK_TEST_POLICY_DIR));
    cd::enableTestOverrides();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    QString language;
    // The language first, so that everything below (the usage for --help, errors) is already in it.
    for (qsizetype i = 1; i + 1 < args.size() && args.at(i).startsWith(QLatin1Char('-')); ++i) {
        if (args.at(i) == QLatin1String("--lang")) {
            language = args.at(i + 1);
            break;
        }
        if (args.at(i) == QLatin1String("--data-dir"))
            ++i; // its value
    }
    // English plural forms under everything ("1 patient", "2 patients"), as in the GUI; the user's language on top.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/clinicdesk_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QTranslator translator;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English) {
        // English is the source language: the plural forms above are all it needs.
    } else if (translator.load(locale, QStringLiteral("clinicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    } else if (!language.isEmpty() && !language.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
        // A typo in --lang must not pass unnoticed in a script: say which languages exist, then go on in English.
        QStringList available;
        for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("clinicdesk_*.qm")}))
            available << file.mid(11).chopped(3);
        QTextStream(stderr) << QCoreApplication::translate("cli", "clinicdesk-cli: there is no translation for \"%1\" "
                                                                  "(available: %2); continuing in English.")
                                   .arg(language, available.join(QStringLiteral(", ")))
                            << Qt::endl;
    }
    QStringList forwarded; // global options that belong to every command
    // Global options come before the command name.
    while (args.size() > 1 && args.at(1).startsWith(QLatin1Char('-'))) {
        const QString option = args.at(1);
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            QTextStream(stdout) << "clinicdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            QTextStream out(stdout);
            printUsage(out);
            return Success;
        }
        if (option == QLatin1String("--data-dir") && args.size() > 2) {
            // Also accepted before the command; the command's own parser handles it.
            forwarded << option << args.at(2);
            args.remove(1, 2);
            continue;
        }
        if (option == QLatin1String("--lang") && args.size() > 2) {
            args.remove(1, 2); // already applied above
            continue;
        }
        QTextStream err(stderr);
        if (option == QLatin1String("--data-dir") || option == QLatin1String("--lang"))
            err << QCoreApplication::translate("cli", "clinicdesk-cli: %1 needs a value.").arg(option) << Qt::endl;
        else
            err << QCoreApplication::translate("cli", "clinicdesk-cli: unknown option %1").arg(option) << Qt::endl;
        printUsage(err);
        return UsageError;
    }

    if (args.size() < 2) {
        QTextStream err(stderr);
        printUsage(err);
        return UsageError;
    }
    const QString name = args.at(1);
    cd::SettingsService::instance(); // read once, here in the main thread; each command gets its snapshot
    for (const Command &command : commands()) {
        if (command.name == name) {
            // The command's parser sees "clinicdesk-cli <args…>", as QCommandLineParser expects.
            QStringList commandArgs = args.mid(2);
            // After any subcommand name, where options are parsed, but before "--" (after it all are values).
            const qsizetype endOfOptions = commandArgs.indexOf(QStringLiteral("--"));
            for (qsizetype i = 0; i < forwarded.size(); ++i)
                commandArgs.insert(endOfOptions < 0 ? commandArgs.size() : endOfOptions + i, forwarded.at(i));
            commandArgs.prepend(args.at(0));
            Context context(name, commandArgs);
            return command.run(context);
        }
    }
    QTextStream err(stderr);
    err << QCoreApplication::translate("cli", "clinicdesk-cli: unknown command \"%1\"").arg(name) << Qt::endl;
    printUsage(err);
    return UsageError;
}
