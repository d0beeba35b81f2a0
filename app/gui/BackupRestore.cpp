#include "app/gui/BackupRestore.h"

#include "core/common/Clock.h"
#include "core/storage/DatabaseBackup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGuiRestore, "clinicdesk.gui.restore")

namespace {

void tell(QMessageBox::Icon icon, const QString &text, int autoCloseMs)
{
    QMessageBox box(icon, QApplication::translate("BackupRestore", "Restore Backup"), text, QMessageBox::Ok);
    box.setTextFormat(Qt::PlainText);
    if (autoCloseMs >= 0)
        QTimer::singleShot(autoCloseMs, &box, &QMessageBox::accept);
    box.exec();
}

} // namespace

bool restoreBackupNow(const QString &databaseFile, const QString &backupFile, int autoCloseMs)
{
    // The window that asked for this is closing: give it a moment to let go of the file.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        auto elsewhere = cd::DatabaseBackup::openElsewhere(databaseFile);
        if (!elsewhere || !*elsewhere)
            break;
        QThread::msleep(200);
    }
    auto restored = cd::DatabaseBackup::restore(databaseFile, backupFile, cd::Clock::instance().nowUtc());
    if (!restored) {
        qCWarning(lcGuiRestore).noquote() << restored.error().message;
        tell(QMessageBox::Critical, restored.error().message, autoCloseMs);
        return false;
    }
    qCInfo(lcGuiRestore) << "restored the database from a backup";
    tell(QMessageBox::Information,
         QApplication::translate("BackupRestore", "The backup was restored. The damaged database was kept as %1.")
             .arg(QDir::toNativeSeparators(*restored)),
         autoCloseMs);
    return true;
}

void restartToRestore(const QString &backupFile)
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments << QStringLiteral("--restore-backup") << backupFile;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        tell(QMessageBox::Critical,
             QApplication::translate("BackupRestore",
                                     "ClinicDesk could not restart to restore the backup. Close it and run: "
                                     "clinicdesk-cli db restore \"%1\"")
                 .arg(QDir::toNativeSeparators(backupFile)),
             -1);
        return;
    }
    QCoreApplication::quit();
}
