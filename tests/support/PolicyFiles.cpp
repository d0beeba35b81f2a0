#include "tests/support/PolicyFiles.h"

#include <QDir>
#include <QSaveFile>

namespace cd::test {

bool writePolicyFile(const QString &dir, const QString &name, const QByteArray &json)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                   QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QSaveFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return false;
    return QFile::setPermissions(QDir(dir).filePath(name),
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

} // namespace cd::test
