#include "ui/chat/AttachmentSaver.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace cd::ui {

QString AttachmentSaver::copyTo(const MessageMedia &media, const QString &target)
{
    if (!media.isStored())
        return tr("This attachment is not downloaded yet.");
    if (QFile::exists(target) && !QFile::remove(target))
        return tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(target));
    if (!QFile::copy(media.filePath, target))
        return tr("The attachment could not be saved to %1.").arg(QDir::toNativeSeparators(target));
    // The copy is a normal document of the user's, not a private file of the data folder.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void AttachmentSaver::saveWithDialog(QWidget *parent, const MessageMedia &media)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target =
        QFileDialog::getSaveFileName(parent, tr("Save Attachment"), QDir(folder).filePath(media.suggestedFileName()));
    if (target.isEmpty())
        return;
    if (const QString error = copyTo(media, target); !error.isEmpty())
        QMessageBox::warning(parent, tr("Save Attachment"), error);
}

} // namespace cd::ui
