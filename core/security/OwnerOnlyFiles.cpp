#include "core/security/OwnerOnlyFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cd {

ScopedOwnerOnlyUmask::ScopedOwnerOnlyUmask()
{
#ifndef Q_OS_WIN
    m_previous = ::umask(077);
#endif
}

ScopedOwnerOnlyUmask::~ScopedOwnerOnlyUmask()
{
#ifndef Q_OS_WIN
    ::umask(static_cast<mode_t>(m_previous));
#endif
}

namespace OwnerOnlyFiles {

namespace {

#ifndef Q_OS_WIN
bool ownedByMe(const struct stat &st)
{
    return st.st_uid == ::geteuid();
}

void chmodIfLoose(const QString &path, mode_t wanted)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode) || !ownedByMe(st))
        return; // not ours to change (a shared parent, another account's file); `check` reports it instead
    if ((st.st_mode & 077) != 0)
        ::chmod(native.constData(), wanted);
}

bool loose(const QString &path)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    return ::lstat(native.constData(), &st) == 0 && !S_ISLNK(st.st_mode) && (st.st_mode & 077) != 0;
}
#endif

QString backupsIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("backups"));
}

} // namespace

bool makeDataFolder(const QString &dir)
{
    ScopedOwnerOnlyUmask ownerOnly;
    return QDir().mkpath(dir);
}

void tighten(const QString &dir)
{
#ifndef Q_OS_WIN
    chmodIfLoose(dir, 0700);
    const QDir folder(dir);
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("clinicdesk*")}, QDir::Files | QDir::Hidden))
        chmodIfLoose(file.absoluteFilePath(), 0600);
    const QString backups = backupsIn(dir);
    if (QFileInfo(backups).isDir()) {
        chmodIfLoose(backups, 0700);
        QDirIterator it(backups, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            chmodIfLoose(entry.absoluteFilePath(), entry.isDir() ? 0700 : 0600);
        }
    }
#else
    Q_UNUSED(dir)
#endif
}

QStringList exposedPaths(const QString &dir)
{
    QStringList exposed;
#ifndef Q_OS_WIN
    // An empty folder holds nothing to read (a fresh install before its first start).
    if (!QFileInfo::exists(dir) ||
        QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return exposed;
    if (loose(dir))
        exposed << dir;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (loose(path))
            exposed << path;
    }
#else
    Q_UNUSED(dir)
#endif
    return exposed;
}

} // namespace OwnerOnlyFiles
} // namespace cd
