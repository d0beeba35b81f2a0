#include "app/gui/BackupRestore.h"
#include "app/gui/HistoryUpdate.h"
#include "app/gui/StartupWarmUp.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/security/ProcessHardening.h"
#include "core/services/AppServices.h"
#include "core/services/DataLocation.h"
#include "core/services/DatabaseLocation.h"
#include "core/settings/AppSettings.h"
#include "core/staff/StaffDirectory.h"
#include "ui/chat/DarkPalette.h"
#include "ui/common/FirstPaint.h"
#include "ui/lock/DeskLock.h"
#include "ui/lock/FirstAdminDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/startup/DatabaseRestorePrompt.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

Q_LOGGING_CATEGORY(lcGuiMain, "clinicdesk.gui")

namespace {

// --lang must be known before anything is translated, including the --help text, so it is read ahead of the parser.
QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, file dialogs) first, then ours.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English plural forms under everything ("1 patient", "2 patients"); the user's language on top of it.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/clinicdesk_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *appTranslator = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        appTranslator->load(locale, QStringLiteral("clinicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    qCDebug(lcGuiMain) << "UI language" << locale.name() << "translations:" << !appTranslator->isEmpty();
}

void setApplicationIcon()
{
    QIcon icon;
    for (const int size : {32, 64, 128, 256}) // PNGs: the SVG icon engine plugin is not always installed
        icon.addFile(QStringLiteral(":/icons/clinicdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

// Resident memory (Linux), printed with the first-paint time for the start-up benchmark.
double residentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    cd::ProcessHardening::disableCoreDumps(); // no core file may hold patient data or credentials
    QElapsedTimer sinceStart;
    sinceStart.start();
    startStartupWarmUp(); // fonts and phone metadata, in parallel with the platform, the database and the window
    // Our debug output is for developers: off unless QT_LOGGING_RULES (which takes precedence) turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("clinicdesk.*.debug=false"));
    QApplication app(argc, argv);
    qCDebug(lcGuiMain) << "start-up:" << sinceStart.elapsed() << "ms QApplication";
    QApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.clinicdesk.ClinicDesk"));

    const QString language = languageOption(QCoreApplication::arguments());
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // dates and numbers follow the forced language too
    installTranslations(app, QLocale());
    qCDebug(lcGuiMain) << "start-up:" << sinceStart.elapsed() << "ms translations";

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Text patients from the clinic's front desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database in DIR (default: CLINICDESK_DATA_DIR, else the "
                                            "user's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use language CODE (e.g. es) instead of the system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption noDemoOfferOption(
        QStringLiteral("no-demo-offer"),
        QCoreApplication::translate("main", "Do not offer demo patients when the database is empty."));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after-ms"),
        QCoreApplication::translate("main", "Close the window after N milliseconds (for automated checks)."),
        QStringLiteral("N"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QCoreApplication::translate("main", "Use a dark colour scheme (when the desktop does not give one)."));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main", "Print the milliseconds to the first painted patient list and quit "
                                            "(start-up benchmark)."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main",
                                    "Use the clinic's shared database at URL (postgresql://USER@HOST/DATABASE)."),
        QStringLiteral("URL"));
    const QCommandLineOption restoreOption(
        QStringLiteral("restore-backup"),
        QCoreApplication::translate("main", "Replace the database with the backup FILE before starting (the damaged "
                                            "file is kept beside it)."),
        QStringLiteral("FILE"));
    parser.addOptions({dataDirOption, databaseOption, langOption, noDemoOfferOption, quitAfterOption, darkOption,
                       firstPaintOption, restoreOption});
    parser.process(app);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(cd::ui::darkFusionPalette());
    }

    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        quitAfterMs = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || quitAfterMs < 0) {
            qCCritical(lcGuiMain) << "--quit-after-ms needs a number of milliseconds";
            return 2;
        }
    }

    const QString dataDir = cd::resolveDataDir(parser.value(dataDirOption));
    cd::KeychainSecretStore keychain; // the clinic database's password, when the data lives on the server
    auto target = cd::resolveDatabaseTarget(parser.value(databaseOption), dataDir, &keychain);
    const bool onThisComputer = target && !target->isPostgres();
    if (onThisComputer && parser.isSet(restoreOption))
        (void)restoreBackupNow(target->sqliteFile, parser.value(restoreOption), quitAfterMs);
    // The whole-file damage check and the daily backup run after the first frame (StartupChecks), not before it.
    cd::AppServices::Options options;
    options.checkIntegrityLater = true;
    options.refuseLongUpgrade = true; // learnt from the one connection the open makes anyway (no look ahead)
    options.dataDir = dataDir;        // texts kept here while a shared server is out of reach
    // A long schema update of a big SQLite history runs with a window showing its progress, then the open again.
    auto openServices = [&target, &options]() -> cd::Result<std::unique_ptr<cd::AppServices>> {
        if (!target)
            return target.error();
        auto opened = cd::AppServices::open(*target, options);
        if (opened || opened.error().code != QLatin1String("db.long-upgrade"))
            return opened;
        if (auto updated = updateHistoryShowingProgress(target->sqliteFile); !updated)
            return updated.error();
        return cd::AppServices::open(*target, options);
    };
    auto services = openServices();
    qCDebug(lcGuiMain) << "start-up:" << sinceStart.elapsed() << "ms services open";
    const bool damaged = !services && (services.error().code == QLatin1String("db.damaged") ||
                                       services.error().code == QLatin1String("db.corrupt"));
    if (damaged && onThisComputer) {
        qCCritical(lcGuiMain).noquote() << services.error().message;
        setApplicationIcon();
        // Nothing holds the file yet: restore at once and try again.
        const QString backup =
            cd::ui::askToRestoreBackup(nullptr, target->sqliteFile, services.error().message, quitAfterMs);
        if (!backup.isEmpty() && restoreBackupNow(target->sqliteFile, backup, quitAfterMs))
            services = openServices();
        else
            return 1;
    }
    if (!services) {
        // The message from core names the file; the file itself is left exactly as it was.
        qCCritical(lcGuiMain).noquote() << services.error().message;
        setApplicationIcon();
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "ClinicDesk Cannot Start"),
                        services.error().message, QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        if (quitAfterMs >= 0)
            QTimer::singleShot(quitAfterMs, &box, &QMessageBox::reject);
        box.exec();
        return 1;
    }

    // The patient list first; the Chat, Intake and Appointments parts right after the first frame.
    cd::ui::MainWindow window(**services, nullptr, cd::ui::MainWindow::StartMode::PatientListFirst);
    qCDebug(lcGuiMain) << "start-up:" << sinceStart.elapsed() << "ms main window built";
    QObject::connect(&window, &cd::ui::MainWindow::restoreBackupRequested, &window, &restartToRestore);
    // The icon waits for the first frame: a QIcon's first file scans Qt's icon engine plugins (about 3 ms here).
    cd::ui::whenFirstPainted(window.patientList()->listView()->viewport(), &window, &setApplicationIcon);
    if (parser.isSet(firstPaintOption)) {
        // Installed after the window's own first-paint work, so it runs first: the number is the first frame only.
        cd::ui::whenFirstPainted(window.patientList()->listView()->viewport(), &window, [&sinceStart] {
            std::printf("first-paint-ms %lld rss-mb %.1f\n", static_cast<long long>(sinceStart.elapsed()),
                        residentMemoryMb());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    qCDebug(lcGuiMain) << "start-up:" << sinceStart.elapsed() << "ms shown";
    // Staff accounts: the first start offers to create the administrator; sign-in first when IT requires it.
    // (Not in automated runs, which pass --quit-after-ms or --exit-after-first-paint: a modal dialog's own event
    // loop would swallow the exit and keep the process running.)
    if (quitAfterMs < 0 && !parser.isSet(firstPaintOption)) {
        const bool required = cd::AppSettings::value(cd::SettingKeys::RequireSignIn).toBool();
        cd::ui::FirstAdminDialog::offerIfNeeded((*services)->staff(), required, &window);
    }
    window.deskLock()->requireSignInIfSet();

    const bool offerDemo = !parser.isSet(noDemoOfferOption) && qEnvironmentVariableIsEmpty("CLINICDESK_NO_DEMO_OFFER");
    if (offerDemo)
        QTimer::singleShot(0, &window, &cd::ui::MainWindow::offerDemoPatientsIfEmpty);

    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &window, &QWidget::close);
    return app.exec();
}
