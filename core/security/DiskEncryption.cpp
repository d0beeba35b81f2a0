#include "core/security/DiskEncryption.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

namespace cd {

namespace {

QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Depth-first through slaves/: encrypted when any layer is a dm-crypt target.
bool anyCryptLayer(const QString &device, int depth)
{
    if (depth > 8)
        return false;
    if (readTrimmed(QDir(device).filePath(QStringLiteral("dm/uuid"))).startsWith(QLatin1String("CRYPT-")))
        return true;
    // A partition's own entry has no slaves/; its parent disk (the folder above) may.
    const QDir slaves(QDir(device).filePath(QStringLiteral("slaves")));
    for (const QString &slave : slaves.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (anyCryptLayer(QFileInfo(slaves.filePath(slave)).canonicalFilePath(), depth + 1))
            return true;
    }
    return false;
}

} // namespace

DiskEncryption DiskEncryption::ofDevice(const QString &sysBlockDevice)
{
    DiskEncryption result;
    if (!QFileInfo(sysBlockDevice).isDir()) {
        result.detail = tr("the folder is not on a local disk this program can inspect");
        return result;
    }
    if (anyCryptLayer(sysBlockDevice, 0)) {
        result.state = State::Encrypted;
        result.detail = tr("the disk is encrypted (dm-crypt/LUKS)");
    } else {
        result.state = State::NotEncrypted;
        result.detail = tr("the disk holding the data folder is not encrypted (no dm-crypt/LUKS layer)");
    }
    return result;
}

DiskEncryption DiskEncryption::of(const QString &folder)
{
#ifdef Q_OS_LINUX
    QString existing = QDir(folder).absolutePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(existing).constData(), &st) != 0 || major(st.st_dev) == 0) {
        DiskEncryption result;
        result.detail = tr("the folder is not on a block device (tmpfs, overlay or network storage), so "
                           "encryption cannot be told");
        return result;
    }
    const QString device = QStringLiteral("/sys/dev/block/%1:%2").arg(major(st.st_dev)).arg(minor(st.st_dev));
    return ofDevice(QFileInfo(device).canonicalFilePath());
#else
    Q_UNUSED(folder)
    DiskEncryption result;
    result.detail = tr("this program cannot tell on this system; check that BitLocker (Windows) or FileVault "
                       "(macOS) is on");
    return result;
#endif
}

} // namespace cd
