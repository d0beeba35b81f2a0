#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

class Database;

struct SkippedRow
{
    int line = 0; // 1-based line in the file where the record starts
    QString reason;
};

struct ImportReport
{
    int imported = 0;
    int rowsRead = 0;
    bool cancelled = false;
    QList<SkippedRow> skipped;
};

// Imports patients from a CSV file (RFC 4180 quoting, UTF-8 with or without BOM, CRLF or LF). Each patient and its
// audit row are written in one transaction, so a crash never leaves half a patient; rows already present (same
// name, date of birth and phone) are reported as duplicates, so importing a file twice adds nobody twice.
// Runs on any thread (it uses that thread's database connection).
class PatientImporter
{
    Q_DECLARE_TR_FUNCTIONS(cd::PatientImporter)
public:
    PatientImporter(std::shared_ptr<Database> database, QString phoneRegion = QStringLiteral("US"));

    // `progress(done, total)` is called from the importing thread; set `cancel` to stop between batches.
    Result<ImportReport> importFile(const QString &path, const std::function<void(int, int)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) const;
    Result<ImportReport> importData(const QByteArray &csv, const QString &sourceName,
                                    const std::function<void(int, int)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr) const;

private:
    std::shared_ptr<Database> m_database;
    QString m_region;
};

} // namespace cd
