#include "core/settings/policy/PolicyDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cd::PolicyDirectory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::PolicyDirectory", text);
}

const qint64 MaxFileSize = 1024 * 1024; // a policy file is a few lines; anything bigger is not one

QMutex s_mutex;
QString s_testDir; // set only by test programs

#ifdef Q_OS_UNIX
// Why a file or folder with this status cannot be trusted as IT's, or an empty string.
QString untrusted(const struct stat &status, uint requiredOwner)
{
    if (status.st_uid != requiredOwner)
        return tr("it does not belong to root");
    if (status.st_mode & (S_IWGRP | S_IWOTH))
        return tr("others may write to it");
    return QString();
}
#endif

// The file's contents, or a problem. On Unix the checks are made on the opened file itself (fstat), so a file
// swapped or symlinked after the check is still the one checked.
bool readTrusted(const QString &file, uint requiredOwner, QByteArray &contents, QString &problem)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        problem = tr("it cannot be read");
        return false;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        problem = tr("it is not a regular file");
        return false;
    }
    problem = untrusted(status, requiredOwner);
    if (problem.isEmpty() && status.st_size > MaxFileSize)
        problem = tr("it is larger than 1 MiB");
    if (!problem.isEmpty()) {
        ::close(fd);
        return false;
    }
    QFile in;
    if (!in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        problem = tr("it cannot be read");
        return false;
    }
    contents = in.read(MaxFileSize);
    return true;
#else
    Q_UNUSED(requiredOwner)
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        problem = tr("it cannot be read");
        return false;
    }
    contents = in.read(MaxFileSize);
    return true;
#endif
}

} // namespace

QString path()
{
    QMutexLocker lock(&s_mutex);
    return s_testDir.isEmpty() ? QStringLiteral("/etc/clinicdesk/policies") : s_testDir;
}

void useForTests(const QString &dir)
{
    QMutexLocker lock(&s_mutex);
    s_testDir = dir;
}

RawPolicies readInstalled()
{
    uint owner = 0;
    {
        QMutexLocker lock(&s_mutex);
#ifdef Q_OS_UNIX
        if (!s_testDir.isEmpty())
            owner = ::geteuid();
#endif
    }
    return read(path(), owner);
}

RawPolicies read(const QString &dir, uint requiredOwner)
{
    RawPolicies result;
    const QDir folder(dir);
    if (!folder.exists())
        return result; // no policies: the usual case
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(dir).constData(), &status) != 0) {
        result.problems << tr("%1 is ignored: it cannot be read.").arg(dir);
        return result;
    }
    const QString why = untrusted(status, requiredOwner);
    if (!why.isEmpty()) {
        result.problems << tr("%1 is ignored: %2.").arg(dir, why);
        return result;
    }
#else
    Q_UNUSED(requiredOwner)
#endif
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString file = folder.filePath(name);
        QByteArray contents;
        QString problem;
        if (!readTrusted(file, requiredOwner, contents, problem)) {
            result.problems << tr("%1 is ignored: %2.").arg(file, problem);
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(contents, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.problems << tr("%1 is ignored: it is not a JSON object (%2).")
                                   .arg(file, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                      : tr("another JSON value"));
            continue;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            result.entries.append(RawPolicy{it.key(), it.value().toVariant(), file});
    }
    return result;
}

} // namespace cd::PolicyDirectory
