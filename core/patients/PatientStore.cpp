#include "core/patients/PatientStore.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/OsUser.h"
#include "core/patients/PatientSearchQuery.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QLoggingCategory>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcPatients, "clinicdesk.patients")

namespace cd {

namespace {

const QString Columns = QStringLiteral(
    "id, first_name, last_name, dob, phone_raw, phone_e164, email, preferred_language, time_zone, sms_consent, "
    "consent_at, consent_method, consent_recorded_by, opted_out_at, notes, created_at, updated_at");

Patient patientFrom(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.firstName = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.dateOfBirth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.phoneRaw = q.value(4).toString();
    p.phoneE164 = q.value(5).toString();
    p.email = q.value(6).toString();
    p.preferredLanguage = q.value(7).toString();
    p.timeZone = q.value(8).toString();
    p.smsConsent = q.value(9).toInt() != 0;
    p.consentAt = fromDbTime(q.value(10).toString());
    p.consentMethod = q.value(11).toString();
    p.consentRecordedBy = q.value(12).toString();
    p.optedOutAt = fromDbTime(q.value(13).toString());
    p.notes = q.value(14).toString();
    p.createdAt = fromDbTime(q.value(15).toString());
    p.updatedAt = fromDbTime(q.value(16).toString());
    return p;
}

// Everything derived from the editable fields: search keys and the identity used to refuse duplicates.
QVariantList derivedColumns(const Patient &p)
{
    const QString digits = p.phoneE164.isEmpty() ? QString() : p.phoneE164.mid(1);
    QString national;
    if (!p.phoneE164.isEmpty())
        national = PatientSearchQuery::nationalDigits(p.phoneE164);
    return {PatientStore::searchKey(p.firstName),
            PatientStore::searchKey(p.lastName),
            sql::text(digits),
            sql::text(national),
            sql::text(PatientSearchQuery::reversed(digits)),
            PatientStore::identityKey(p)};
}

QVariantList editableColumns(const Patient &p)
{
    return {p.firstName,
            p.lastName,
            sql::text(p.dateOfBirth.toString(Qt::ISODate)),
            sql::text(p.phoneRaw),
            sql::text(p.phoneE164),
            sql::text(p.email),
            sql::text(p.preferredLanguage),
            sql::text(p.timeZone),
            p.smsConsent ? 1 : 0,
            sql::text(toDbTime(p.consentAt)),
            sql::text(p.consentMethod),
            sql::text(p.consentRecordedBy),
            sql::text(toDbTime(p.optedOutAt)),
            sql::text(p.notes)};
}

Error invalid(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &e : errors)
        messages.append(e.message);
    return makeError(QStringLiteral("patient.invalid"), messages.join(QLatin1Char(' ')));
}

bool isUniqueViolation(const Error &error)
{
    return error.message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ||
           error.message.contains(QLatin1String("duplicate key"), Qt::CaseInsensitive);
}

} // namespace

PatientStore::PatientStore(std::shared_ptr<Database> database, QString phoneRegion, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_validator(std::move(phoneRegion))
{
}

QString PatientStore::searchKey(const QString &name)
{
    // Case-folded and without accents, so "jose" finds "José" and "muller" finds "Müller".
    const QString decomposed = name.simplified().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key;
}

QString PatientStore::identityKey(const Patient &p)
{
    // Same person = same name and same date of birth and phone (either may be empty). Email only breaks ties
    // when neither is known, so that an import of bare names does not merge different people needlessly.
    QString key = searchKey(p.firstName) + QLatin1Char('|') + searchKey(p.lastName) + QLatin1Char('|') +
                  p.dateOfBirth.toString(Qt::ISODate) + QLatin1Char('|') + p.phoneE164;
    if (!p.dateOfBirth.isValid() && p.phoneE164.isEmpty())
        key += QLatin1Char('|') + p.email.toCaseFolded();
    return key;
}

PatientCursor PatientStore::cursorOf(const Patient &patient)
{
    return {searchKey(patient.lastName), searchKey(patient.firstName), patient.id};
}

Result<qint64> PatientStore::insertIn(QSqlDatabase &tx, const Patient &p, const QString &auditAction,
                                      const QString &auditDetails)
{
    const QString now = toDbTime(Clock::instance().nowUtc());
    QVariantList binds = editableColumns(p);
    binds << now << now << derivedColumns(p);
    auto inserted = Database::insertReturningId(
        tx,
        QStringLiteral("INSERT INTO patients (first_name, last_name, dob, phone_raw, phone_e164, email, "
                       "preferred_language, time_zone, sms_consent, consent_at, consent_method, consent_recorded_by, "
                       "opted_out_at, notes, created_at, updated_at, first_key, last_key, phone_digits, "
                       "phone_national, phone_reversed, identity_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        binds);
    if (!inserted) {
        if (isUniqueViolation(inserted.error())) {
            return makeError(
                QStringLiteral("patient.duplicate"),
                tr("%1 with the same date of birth and phone number is already a patient.").arg(p.fullName()));
        }
        return inserted.error();
    }
    const qint64 id = *inserted;
    if (auto audited = AuditLog::record(tx, auditAction, id, auditDetails); !audited)
        return audited.error();
    return id;
}

Result<Patient> PatientStore::create(const Patient &draft)
{
    Patient p = draft;
    if (const auto errors = m_validator.normalise(p); !errors.isEmpty())
        return invalid(errors);
    if (p.smsConsent && !p.consentAt.isValid()) {
        p.consentAt = Clock::instance().nowUtc();
        p.consentRecordedBy = osUserName();
    }
    qint64 id = 0;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto inserted = insertIn(tx, p, QStringLiteral("patient.create"), {});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return Ok{};
    });
    if (!written)
        return written.error();
    emit patientChanged(id);
    return get(id);
}

Result<Patient> PatientStore::update(const Patient &patient)
{
    Patient p = patient;
    if (const auto errors = m_validator.normalise(p); !errors.isEmpty())
        return invalid(errors);
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        QVariantList binds = editableColumns(p);
        binds << toDbTime(Clock::instance().nowUtc()) << derivedColumns(p) << p.id;
        auto updated = Database::exec(
            tx,
            QStringLiteral("UPDATE patients SET first_name = ?, last_name = ?, dob = ?, phone_raw = ?, phone_e164 = ?, "
                           "email = ?, preferred_language = ?, time_zone = ?, sms_consent = ?, consent_at = ?, "
                           "consent_method = ?, consent_recorded_by = ?, opted_out_at = ?, notes = ?, updated_at = ?, "
                           "first_key = ?, last_key = ?, phone_digits = ?, phone_national = ?, phone_reversed = ?, "
                           "identity_key = ? WHERE id = ?"),
            binds);
        if (!updated) {
            if (isUniqueViolation(updated.error())) {
                return makeError(
                    QStringLiteral("patient.duplicate"),
                    tr("Another patient named %1 has the same date of birth and phone number.").arg(p.fullName()));
            }
            return updated.error();
        }
        if (updated->numRowsAffected() != 1)
            return makeError(QStringLiteral("patient.not-found"), tr("Patient #%1 no longer exists.").arg(p.id));
        return AuditLog::record(tx, QStringLiteral("patient.edit"), p.id);
    });
    if (!written)
        return written.error();
    emit patientChanged(p.id);
    return get(p.id);
}

Result<Patient> PatientStore::get(qint64 id) const
{
    auto q =
        m_database->exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM patients WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("patient.not-found"), tr("There is no patient #%1.").arg(id));
    return patientFrom(q.value());
}

Result<QHash<qint64, Patient>> PatientStore::getMany(const QList<qint64> &ids) const
{
    QHash<qint64, Patient> found;
    if (ids.isEmpty())
        return found;
    QStringList marks;
    QVariantList binds;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto q = m_database->exec(QStringLiteral("SELECT ") + Columns +
                                  QStringLiteral(" FROM patients WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))),
                              binds);
    if (!q)
        return q.error();
    while (q->next()) {
        Patient p = patientFrom(q.value());
        found.insert(p.id, p);
    }
    return found;
}

Result<std::optional<Patient>> PatientStore::findByPhone(const QString &e164) const
{
    auto q = m_database->exec(QStringLiteral("SELECT ") + Columns +
                                  QStringLiteral(" FROM patients WHERE phone_e164 = ? ORDER BY id LIMIT 1"),
                              {e164});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Patient>();
    return std::optional<Patient>(patientFrom(q.value()));
}

Result<PatientPage> PatientStore::search(const QString &text, int limit,
                                         const std::optional<PatientCursor> &after) const
{
    const PatientSearchQuery query = PatientSearchQuery::build(text, after, limit + 1);
    // The page's ids first, from the search indexes alone; then only those rows (see schema 3).
    auto q = m_database->exec(QStringLiteral("SELECT ") + Columns +
                                  QStringLiteral(" FROM patients WHERE id IN (SELECT id FROM patients") + query.sql +
                                  QStringLiteral(") ORDER BY last_key, first_key, id"),
                              query.binds);
    if (!q)
        return q.error();
    PatientPage page;
    while (q->next()) {
        if (page.patients.size() == limit) {
            page.next = cursorOf(page.patients.constLast());
            break;
        }
        page.patients.append(patientFrom(q.value()));
    }
    return page;
}

Result<qint64> PatientStore::count() const
{
    auto q = m_database->exec(QStringLiteral("SELECT count(*) FROM patients"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> PatientStore::newestId() const
{
    auto q = m_database->exec(QStringLiteral("SELECT MAX(id) FROM patients"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status<> PatientStore::recordConsent(qint64 id, bool consent, const QString &method, const QDateTime &at)
{
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto updated =
            Database::exec(tx,
                           QStringLiteral("UPDATE patients SET sms_consent = ?, consent_at = ?, consent_method = ?, "
                                          "consent_recorded_by = ?, updated_at = ? WHERE id = ?"),
                           {consent ? 1 : 0, sql::text(toDbTime(at)), sql::text(method), osUserName(),
                            toDbTime(Clock::instance().nowUtc()), id});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return makeError(QStringLiteral("patient.not-found"), tr("There is no patient #%1.").arg(id));
        return AuditLog::record(tx, consent ? QStringLiteral("consent.recorded") : QStringLiteral("consent.withdrawn"),
                                id, method);
    });
    if (written)
        emit patientChanged(id);
    return written;
}

Status<> PatientStore::setOptedOut(qint64 id, const QDateTime &at, const QString &reason)
{
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto updated =
            Database::exec(tx, QStringLiteral("UPDATE patients SET opted_out_at = ?, updated_at = ? WHERE id = ?"),
                           {sql::text(toDbTime(at)), toDbTime(Clock::instance().nowUtc()), id});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return makeError(QStringLiteral("patient.not-found"), tr("There is no patient #%1.").arg(id));
        return AuditLog::record(
            tx, at.isValid() ? QStringLiteral("patient.opted-out") : QStringLiteral("patient.opted-in"), id, reason);
    });
    if (written)
        emit patientChanged(id);
    return written;
}

} // namespace cd
