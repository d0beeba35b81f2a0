#include "core/security/OwnerOnlyFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#else
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
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
#else
// COMPILE-CHECKED ONLY (CI runs mingw-w64 g++ over it; never run here, no Windows): a protected DACL that grants
// full control to the current user and SYSTEM only, inherited by everything created below, and drops the inherited
// entries of the parent (PROTECTED_DACL_SECURITY_INFORMATION), so other accounts on the PC cannot read patient data.
bool setOwnerOnlyAcl(const QString &path)
{
    // D:P = protected DACL; OI/CI = inherited by files and folders below; FA = full access; OW = the owner
    // (the current user, who created the folder); SY = LocalSystem.
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;OICI;FA;;;OW)(A;OICI;FA;;;SY)", SDDL_REVISION_1,
                                                              &descriptor, nullptr))
        return false;
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    bool ok = GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted) && present;
    if (ok) {
        std::wstring native = QDir::toNativeSeparators(path).toStdWString();
        ok = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                   DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                   dacl, nullptr) == ERROR_SUCCESS;
    }
    LocalFree(descriptor);
    return ok;
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
    if (!QDir().mkpath(dir))
        return false;
#ifdef Q_OS_WIN
    // Files created in the folder later inherit its owner-only entries.
    return setOwnerOnlyAcl(dir);
#else
    return true;
#endif
}

void tighten(const QString &dir)
{
#ifndef Q_OS_WIN
    chmodIfLoose(dir, 0700);
    const QDir folder(dir);
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("clinicdesk*")}, QDir::Files | QDir::Hidden))
        chmodIfLoose(file.absoluteFilePath(), 0600);
    // backups/ and media/ (MMS attachments) hold patient data too.
    for (const QString &sub : {backupsIn(dir), QDir(dir).filePath(QStringLiteral("media"))}) {
        if (!QFileInfo(sub).isDir())
            continue;
        chmodIfLoose(sub, 0700);
        QDirIterator it(sub, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            chmodIfLoose(entry.absoluteFilePath(), entry.isDir() ? 0700 : 0600);
        }
    }
#else
    // Existing installs: the folder's protected DACL, then every file and folder in it (their inherited entries
    // from before are replaced).
    setOwnerOnlyAcl(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        setOwnerOnlyAcl(it.next());
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
