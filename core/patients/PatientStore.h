#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"
#include "core/patients/PatientValidator.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace cd {

class Database;

// Position in the name order, for keyset paging (fast at any depth of a 100,000-patient list).
struct PatientCursor
{
    QString lastKey;
    QString firstKey;
    qint64 id = 0;
};

struct PatientPage
{
    QList<Patient> patients;
    std::optional<PatientCursor> next; // set when more rows may follow
};

class PatientStore : public QObject
{
    Q_OBJECT
public:
    PatientStore(std::shared_ptr<Database> database, QString phoneRegion = QStringLiteral("US"),
                 QObject *parent = nullptr);

    // Validation failures come back as code "patient.invalid" with every field's reason in the message;
    // a patient with the same name, date of birth and phone as an existing one as "patient.duplicate".
    Result<Patient> create(const Patient &draft);
    Result<Patient> update(const Patient &patient);
    Result<Patient> get(qint64 id) const;
    // Several patients in one query (a list of conversations), keyed by id; ids that do not exist are left out.
    Result<QHash<qint64, Patient>> getMany(const QList<qint64> &ids) const;
    Result<std::optional<Patient>> findByPhone(const QString &e164) const;

    // Search as you type: a name (any word prefix of first or last name), phone digits in any format
    // (start of the number or its last digits), or a date of birth. Empty text lists everyone.
    Result<PatientPage> search(const QString &text, int limit = 200,
                               const std::optional<PatientCursor> &after = std::nullopt) const;
    Result<qint64> count() const;
    // The highest patient id: one index lookup that moves when a patient is added anywhere (count() reads them all).
    Result<qint64> newestId() const;

    Status<> recordConsent(qint64 id, bool consent, const QString &method, const QDateTime &at);
    Status<> setOptedOut(qint64 id, const QDateTime &at, const QString &reason); // invalid `at` opts back in

    const PatientValidator &validator() const { return m_validator; }
    std::shared_ptr<Database> database() const { return m_database; }

    // The keys the store orders and deduplicates by; exposed for the importer and the list model.
    static QString searchKey(const QString &name);
    static QString identityKey(const Patient &patient);
    static PatientCursor cursorOf(const Patient &patient);

    // Inserts inside an open transaction (used by the importer to batch rows); writes the audit row too.
    static Result<qint64> insertIn(QSqlDatabase &tx, const Patient &normalised, const QString &auditAction,
                                   const QString &auditDetails);

signals:
    void patientChanged(qint64 id); // created or edited in this process

private:
    std::shared_ptr<Database> m_database;
    PatientValidator m_validator;
};

} // namespace cd
