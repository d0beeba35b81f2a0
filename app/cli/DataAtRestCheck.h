#pragma once

#include <QJsonObject>
#include <QStringList>

namespace cd::cli {

// `check`'s look at the data folder: files group or others may read (a problem) and whether the disk is encrypted
// (a note; "cannot tell" where the system does not say).
struct DataAtRestReport
{
    QStringList problems;
    QStringList notes;
    QJsonObject json;
};

DataAtRestReport checkDataAtRest(const QString &dataDir);

} // namespace cd::cli
