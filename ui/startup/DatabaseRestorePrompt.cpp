#include "ui/startup/DatabaseRestorePrompt.h"

#include "core/storage/DatabaseBackup.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace cd::ui {

namespace {

// The newest backup that passes verify(): each check reads the whole copy, so only the three newest are tried.
QString newestIntactBackup(const QString &databaseFile)
{
    const QStringList backups = DatabaseBackup::dailyBackups(DatabaseBackup::backupDirFor(databaseFile));
    for (int i = 0; i < backups.size() && i < 3; ++i) {
        if (DatabaseBackup::verify(backups.at(i)))
            return backups.at(i);
    }
    return {};
}

} // namespace

QString askToRestoreBackup(QWidget *parent, const QString &databaseFile, const QString &problem, int autoCloseMs)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString backup = newestIntactBackup(databaseFile);
    QApplication::restoreOverrideCursor();

    QMessageBox box(QMessageBox::Critical, QApplication::translate("DatabaseRestorePrompt", "Database Damaged"),
                    problem, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setAccessibleName(box.windowTitle());
    QPushButton *restore = nullptr;
    if (backup.isEmpty()) {
        box.setInformativeText(QApplication::translate(
            "DatabaseRestorePrompt", "No intact backup was found beside it. Keep the file as it is and call IT."));
    } else {
        const QString when = QLocale().toString(QFileInfo(backup).lastModified(), QLocale::LongFormat);
        box.setInformativeText(
            QApplication::translate("DatabaseRestorePrompt",
                                    "The newest intact backup is from %1. Restoring it replaces the database with "
                                    "that copy: texts sent since then leave this computer's history, replies since "
                                    "then are read again from Twilio. The damaged file is kept beside it.")
                .arg(when));
        restore = box.addButton(QApplication::translate("DatabaseRestorePrompt", "&Restore Backup from %1").arg(when),
                                QMessageBox::AcceptRole);
        restore->setAccessibleName(restore->text().remove(u'&'));
    }
    QPushButton *keep = box.addButton(QApplication::translate("DatabaseRestorePrompt", "&Not Now"),
                                      QMessageBox::RejectRole);
    keep->setAccessibleName(keep->text().remove(u'&'));
    box.setDefaultButton(keep); // replacing data is never the default
    box.setEscapeButton(keep);
    if (autoCloseMs >= 0)
        QTimer::singleShot(autoCloseMs, &box, &QMessageBox::reject);
    box.exec();
    return restore && box.clickedButton() == restore ? backup : QString();
}

} // namespace cd::ui
