#include "core/patients/PatientImporter.h"

#include "core/common/Clock.h"
#include "core/common/OsUser.h"
#include "core/patients/CsvReader.h"
#include "core/patients/PatientSearchQuery.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcImport, "clinicdesk.import")

namespace cd {

namespace {

enum class Column
{
    FirstName,
    LastName,
    FullName,
    Phone,
    DateOfBirth,
    Email,
    Language,
    TimeZone,
    Consent,
    Notes
};

constexpr int BatchSize = 250;

QString normaliseHeader(const QString &header)
{
    QString h = header.trimmed().toCaseFolded();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QLatin1Char('-'), QLatin1Char(' '));
    return h.simplified();
}

// Header names seen in practice-management and spreadsheet exports.
const QHash<QString, Column> &headerAliases()
{
    static const QHash<QString, Column> aliases = [] {
        QHash<QString, Column> map;
        const auto add = [&map](Column column, std::initializer_list<const char *> names) {
            for (const char *name : names)
                map.insert(QString::fromLatin1(name), column);
        };
        add(Column::FirstName, {"first name", "firstname", "first", "given name", "givenname", "forename", "fname"});
        add(Column::LastName, {"last name", "lastname", "last", "surname", "family name", "familyname", "lname"});
        add(Column::FullName, {"name", "full name", "fullname", "patient name", "patient"});
        add(Column::Phone, {"phone", "phone number", "mobile", "mobile phone", "mobile number", "cell", "cell phone",
                            "cellphone", "telephone", "tel", "sms", "phone mobile"});
        add(Column::DateOfBirth, {"dob", "date of birth", "birth date", "birthdate", "birthday", "born"});
        add(Column::Email, {"email", "e mail", "email address", "mail"});
        add(Column::Language, {"language", "preferred language", "lang"});
        add(Column::TimeZone, {"time zone", "timezone", "tz"});
        add(Column::Consent, {"sms consent", "consent", "text consent", "sms opt in", "opt in"});
        add(Column::Notes, {"notes", "note", "comments", "comment"});
        return map;
    }();
    return aliases;
}

bool isYes(const QString &value)
{
    static const QSet<QString> yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                      QStringLiteral("1"),   QStringLiteral("x"), QStringLiteral("si"),
                                      QStringLiteral("sí")};
    return yes.contains(value.trimmed().toCaseFolded());
}

} // namespace

PatientImporter::PatientImporter(std::shared_ptr<Database> database, QString phoneRegion)
    : m_database(std::move(database)), m_region(std::move(phoneRegion))
{
}

Result<ImportReport> PatientImporter::importFile(const QString &path, const std::function<void(int, int)> &progress,
                                                 const std::atomic_bool *cancel) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("import.unreadable"),
                         tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return importData(file.readAll(), QFileInfo(path).fileName(), progress, cancel);
}

Result<ImportReport> PatientImporter::importData(const QByteArray &csv, const QString &sourceName,
                                                 const std::function<void(int, int)> &progress,
                                                 const std::atomic_bool *cancel) const
{
    const QList<CsvRecord> records = CsvReader::parse(csv);
    if (records.isEmpty())
        return makeError(QStringLiteral("import.empty"),
                         tr("%1 is empty: there is no header row and no patient.").arg(sourceName));

    QHash<Column, int> columns;
    const QStringList headers = records.first().fields;
    for (int i = 0; i < headers.size(); ++i) {
        const auto it = headerAliases().constFind(normaliseHeader(headers.at(i)));
        if (it != headerAliases().constEnd() && !columns.contains(it.value()))
            columns.insert(it.value(), i);
    }
    const bool hasNames = (columns.contains(Column::FirstName) && columns.contains(Column::LastName)) ||
                          columns.contains(Column::FullName);
    if (!hasNames) {
        return makeError(QStringLiteral("import.no-name-columns"),
                         tr("%1 has no first and last name columns. The first row must name the columns, for example: "
                            "First Name, Last Name, Phone, DOB, Email.")
                             .arg(sourceName));
    }

    const PatientValidator validator(m_region);
    ImportReport report;
    const int total = int(records.size()) - 1;
    QHash<QString, int> seenInFile; // identity key -> line

    auto field = [&](const CsvRecord &record, Column column) {
        const int index = columns.value(column, -1);
        return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
    };

    struct Pending
    {
        int line;
        Patient patient;
    };

    for (qsizetype start = 1; start < records.size(); start += BatchSize) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        QList<Pending> batch;
        const qsizetype end = std::min<qsizetype>(records.size(), start + BatchSize);
        for (qsizetype r = start; r < end; ++r) {
            const CsvRecord &record = records.at(r);
            ++report.rowsRead;
            if (record.unclosedQuote) {
                // Guessing where the value ends could put a phone number in a name: the row waits for a fix.
                report.skipped.append({record.line, tr("a quote (\") opens a value on this line and is never closed: "
                                                       "add the closing quote and import the file again")});
                continue;
            }
            Patient p;
            p.firstName = field(record, Column::FirstName);
            p.lastName = field(record, Column::LastName);
            if (p.firstName.isEmpty() && p.lastName.isEmpty()) {
                // "Diaz, Ana" or "Ana Diaz" in a single name column.
                const QString full = field(record, Column::FullName);
                if (full.contains(QLatin1Char(','))) {
                    p.lastName = full.section(QLatin1Char(','), 0, 0).trimmed();
                    p.firstName = full.section(QLatin1Char(','), 1).trimmed();
                } else if (full.contains(QLatin1Char(' '))) {
                    p.firstName = full.section(QLatin1Char(' '), 0, -2).trimmed();
                    p.lastName = full.section(QLatin1Char(' '), -1).trimmed();
                }
            }
            if (p.firstName.isEmpty() || p.lastName.isEmpty()) {
                report.skipped.append({record.line, tr("missing name: a first and a last name are required")});
                continue;
            }
            p.phoneRaw = field(record, Column::Phone);
            p.email = field(record, Column::Email);
            p.preferredLanguage = field(record, Column::Language);
            p.timeZone = field(record, Column::TimeZone);
            p.notes = field(record, Column::Notes);
            const QString dob = field(record, Column::DateOfBirth);
            if (!dob.isEmpty()) {
                p.dateOfBirth = PatientSearchQuery::parseDate(dob);
                if (!p.dateOfBirth.isValid()) {
                    report.skipped.append(
                        {record.line, tr("invalid date of birth \"%1\": use YYYY-MM-DD or MM/DD/YYYY").arg(dob)});
                    continue;
                }
            }
            if (isYes(field(record, Column::Consent))) {
                p.smsConsent = true;
                p.consentAt = Clock::instance().nowUtc();
                p.consentMethod = tr("imported from %1").arg(sourceName);
                p.consentRecordedBy = osUserName();
            }
            const QList<FieldError> errors = validator.normalise(p);
            if (!errors.isEmpty()) {
                const FieldError &first = errors.first();
                const QString reason =
                    first.field == QLatin1String("phone") ? tr("invalid phone: %1").arg(first.message) : first.message;
                report.skipped.append({record.line, reason});
                continue;
            }
            const QString key = PatientStore::identityKey(p);
            if (const int earlier = seenInFile.value(key, 0); earlier > 0) {
                report.skipped.append({record.line, tr("duplicate: same patient as line %1").arg(earlier)});
                continue;
            }
            seenInFile.insert(key, record.line);
            batch.append({record.line, p});
        }

        // One transaction per batch; each patient and its audit row are written together or not at all.
        QList<SkippedRow> duplicates;
        int inserted = 0;
        auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
            duplicates.clear();
            inserted = 0;
            for (const Pending &pending : batch) {
                auto existing = Database::exec(tx, QStringLiteral("SELECT id FROM patients WHERE identity_key = ?"),
                                               {PatientStore::identityKey(pending.patient)});
                if (!existing)
                    return existing.error();
                if (existing->next()) {
                    duplicates.append(
                        {pending.line, tr("duplicate: already a patient (#%1)").arg(existing->value(0).toLongLong())});
                    continue;
                }
                auto id = PatientStore::insertIn(tx, pending.patient, QStringLiteral("patient.import"),
                                                 tr("%1, line %2").arg(sourceName).arg(pending.line));
                if (!id)
                    return id.error();
                ++inserted;
            }
            return Ok{};
        });
        if (!written) {
            qCWarning(lcImport) << "import batch failed:" << written.error().message;
            return makeError(QStringLiteral("import.write-failed"),
                             tr("Import stopped at line %1: %2. %3 patients were imported before it; importing the "
                                "file again skips them as duplicates.")
                                 .arg(batch.isEmpty() ? records.at(start).line : batch.first().line)
                                 .arg(written.error().message)
                                 .arg(report.imported));
        }
        report.imported += inserted;
        report.skipped.append(duplicates);
        if (progress)
            progress(int(end - 1), total);
    }
    std::sort(report.skipped.begin(), report.skipped.end(),
              [](const SkippedRow &a, const SkippedRow &b) { return a.line < b.line; });
    qCInfo(lcImport) << "imported" << report.imported << "skipped" << report.skipped.size() << "from" << sourceName;
    return report;
}

} // namespace cd
