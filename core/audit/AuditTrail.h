#pragma once

#include "core/audit/AuditChain.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace cd {

class Database;

// The audit trail as a service for the layers above (which never touch the database): events that are not part
// of another change (a profile opened, an export, a sign-in, a lock), the chain check and the export.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(cd::AuditTrail)
public:
    explicit AuditTrail(std::shared_ptr<Database> database);

    // One row in its own transaction.
    Status<> record(const QString &action, std::optional<qint64> patientId = std::nullopt,
                    const QString &details = {}) const;

    struct Verification
    {
        bool ok = true;
        qint64 rowsChecked = 0;
        qint64 unchainedRows = 0;          // written before the chain existed (leading rows only)
        std::optional<qint64> firstBadRow; // the first row that does not verify
        QString problem;                   // translated: what is wrong with it
    };
    Result<Verification> verify() const;

    struct Filter
    {
        std::optional<qint64> patientId;
        QDate from; // inclusive, local dates; invalid = open
        QDate to;
    };
    Result<QList<AuditRow>> rows(const Filter &filter) const;

    static QString toCsv(const QList<AuditRow> &rows);
    static QByteArray toJson(const QList<AuditRow> &rows);
    // A spreadsheet must not run a cell as a formula: text starting with = + - @ (or tab/CR) gets a leading '.
    static QString neutraliseCell(const QString &cell);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cd
