// clinicdesk-cli patients add | list | import
#include "app/cli/Cli.h"
#include "app/cli/DetailsInput.h"
#include "app/cli/RecordCommand.h"
#include "core/common/TerminalText.h"

#include "core/patients/PatientImporter.h"
#include "core/patients/PatientJson.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

int add(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption first(QStringLiteral("first"), tr("First name (required)."), QStringLiteral("NAME"));
    const QCommandLineOption last(QStringLiteral("last"), tr("Last name (required)."), QStringLiteral("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("Mobile number, e.g. \"(415) 555-0100\"."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Email address."), QStringLiteral("EMAIL"));
    const QCommandLineOption dob(QStringLiteral("dob"), tr("Date of birth, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption consent(QStringLiteral("consent"),
                                     tr("The patient agreed to receive text messages (recorded now, by you)."));
    const QCommandLineOption language(QStringLiteral("language"), tr("Preferred language code, e.g. es."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"), tr("IANA time zone, e.g. America/Chicago."),
                                      QStringLiteral("ZONE"));
    const QCommandLineOption fromFile(QStringLiteral("from-file"),
                                      tr("Read the details from a JSON object in FILE (- for standard input) with "
                                         "the option names as keys, keeping them out of the process list."),
                                      QStringLiteral("FILE"));
    parser.addOptions({first, last, phone, email, dob, consent, language, timeZone, fromFile});
    if (!sub.parse(parser, tr("Add a patient.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    QJsonObject details;
    if (parser.isSet(fromFile)) {
        for (const QCommandLineOption *option : {&first, &last, &phone, &email, &dob, &consent, &language, &timeZone}) {
            if (parser.isSet(*option))
                return sub.usageError(
                    tr("--from-file holds all the details; do not also give --%1.").arg(option->names().constFirst()));
        }
        auto read = readDetailsObject(parser.value(fromFile));
        if (!read)
            return sub.fail(read.error().message);
        details = *read;
    }
    // From the file when given, else from the options.
    auto value = [&](const QCommandLineOption &option) {
        const QString key = option.names().constFirst();
        return parser.isSet(fromFile) ? details.value(key).toString() : parser.value(option);
    };
    auto isSet = [&](const QCommandLineOption &option) {
        const QString key = option.names().constFirst();
        if (!parser.isSet(fromFile))
            return parser.isSet(option);
        const QJsonValue v = details.value(key);
        return v.isBool() ? v.toBool() : !v.toString().isEmpty();
    };
    if (!isSet(first) || !isSet(last))
        return sub.usageError(tr("--first and --last are required."));

    Patient draft;
    draft.firstName = value(first);
    draft.lastName = value(last);
    draft.phoneRaw = value(phone);
    draft.email = value(email);
    draft.preferredLanguage = value(language);
    draft.timeZone = value(timeZone);
    draft.smsConsent = isSet(consent);
    if (draft.smsConsent)
        draft.consentMethod = tr("recorded with clinicdesk-cli");
    if (isSet(dob)) {
        draft.dateOfBirth = QDate::fromString(value(dob), Qt::ISODate);
        if (!draft.dateOfBirth.isValid())
            return sub.usageError(tr("--dob \"%1\" is not a date; use YYYY-MM-DD.").arg(value(dob)));
    }

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    PatientStore store(database, sub.settings().policy().phoneRegion);
    auto created = store.create(draft);
    if (!created)
        return sub.fail(created.error().message);
    if (sub.json())
        sub.printJson(patientToJson(created.value()));
    else
        sub.out() << created->id << Qt::endl;
    return Success;
}

int list(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only patients whose name, phone digits or date of birth match TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N patients (default: all)."),
                                   QStringLiteral("N"));
    parser.addOptions({search, limit});
    if (!sub.parse(parser, tr("List patients in name order.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    bool limitOk = true;
    const qint64 max = parser.isSet(limit) ? parser.value(limit).toLongLong(&limitOk) : -1;
    if (!limitOk || (parser.isSet(limit) && max < 1))
        return sub.usageError(tr("--limit must be a positive number."));

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    PatientStore store(database, sub.settings().policy().phoneRegion);
    const QString region = sub.settings().policy().phoneRegion;
    QJsonArray array;
    std::optional<PatientCursor> cursor;
    qint64 printed = 0;
    do {
        auto page = store.search(parser.value(search), 500, cursor);
        if (!page)
            return sub.fail(page.error().message);
        for (const Patient &p : page->patients) {
            if (max > 0 && printed == max)
                break;
            ++printed;
            if (sub.json()) {
                array.append(patientToJson(p));
            } else {
                sub.out() << p.id << '\t' << TerminalText::visible(p.lastName) << ", "
                          << TerminalText::visible(p.firstName) << '\t'
                          << (p.dateOfBirth.isValid() ? p.dateOfBirth.toString(Qt::ISODate) : QStringLiteral("-"))
                          << '\t' << (p.hasPhone() ? PhoneNumbers::display(p.phoneE164, region) : tr("no phone"))
                          << (p.isOptedOut() ? QLatin1String("\t") + tr("opted out") : QString()) << '\n';
            }
        }
        cursor = page->next;
    } while (cursor && (max < 0 || printed < max));
    if (sub.json())
        sub.printJson(array);
    sub.out().flush();
    return Success;
}

int import(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser,
                   tr("Import patients from a CSV file with a header row (First Name, Last Name, Phone, DOB, "
                      "Email, …). Rows already present are skipped as duplicates."),
                   QStringLiteral("FILE.csv")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give exactly one CSV file."));

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    PatientImporter importer(database, sub.settings().policy().phoneRegion);
    auto report = importer.importFile(parser.positionalArguments().constFirst());
    if (!report)
        return sub.fail(report.error().message);
    if (sub.json()) {
        QJsonArray skipped;
        for (const SkippedRow &row : report->skipped)
            skipped.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
        sub.printJson(
            QJsonObject{{QStringLiteral("imported"), report->imported}, {QStringLiteral("skipped"), skipped}});
    } else {
        sub.out() << tr("Imported %n patient(s).", nullptr, report->imported) << ' '
                  << tr("Skipped %n row(s).", nullptr, int(report->skipped.size())) << Qt::endl;
        for (const SkippedRow &row : report->skipped)
            sub.out() << tr("line %1: %2").arg(row.line).arg(TerminalText::visible(row.reason)) << Qt::endl;
    }
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx,
        {{QStringLiteral("add"),
          QT_TRANSLATE_NOOP("cd::cli", "Add a patient (--first, --last, --phone, --email, --dob, --consent)."), add},
         {QStringLiteral("list"), QT_TRANSLATE_NOOP("cd::cli", "List patients (--search TEXT)."), list},
         {QStringLiteral("import"), QT_TRANSLATE_NOOP("cd::cli", "Import patients from a CSV file."), import},
         {QStringLiteral("export-record"),
          QT_TRANSLATE_NOOP("cd::cli", "Export a patient's communication record (--format pdf|csv)."), exportRecord}});
}

const bool registered = registerCommand(
    {QStringLiteral("patients"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add, list and import patients.")), run});

} // namespace
} // namespace cd::cli
