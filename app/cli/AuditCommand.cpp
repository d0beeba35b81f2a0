// clinicdesk-cli audit verify | export: check the audit trail's hash chain; export rows as CSV or JSON.
#include "app/cli/Cli.h"

#include "core/audit/AuditTrail.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonObject>

namespace cd::cli {

namespace {

int verify(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Check that no audit row was changed, deleted or inserted out of order.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    const AuditTrail trail(database);
    auto checked = trail.verify();
    if (!checked)
        return sub.fail(checked.error().message);
    if (sub.json()) {
        sub.printJson(QJsonObject{
            {QStringLiteral("ok"), checked->ok},
            {QStringLiteral("rows"), checked->rowsChecked},
            {QStringLiteral("unchained_rows"), checked->unchainedRows},
            {QStringLiteral("first_bad_row"),
             checked->firstBadRow ? QJsonValue(*checked->firstBadRow) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("problem"), checked->problem},
        });
        return checked->ok ? Success : Failure;
    }
    if (!checked->ok)
        return sub.fail(tr("The audit trail was tampered with: %1").arg(checked->problem));
    sub.out() << tr("The audit trail is intact: %n rows checked.", nullptr, int(checked->rowsChecked));
    if (checked->unchainedRows > 0)
        sub.out() << ' '
                  << tr("The first %n rows were written before rows were chained and cannot be checked.", nullptr,
                        int(checked->unchainedRows));
    sub.out() << Qt::endl;
    return Success;
}

int exportRows(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(QStringLiteral("patient"), tr("Only rows about patient ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("From this day (YYYY-MM-DD), inclusive."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("To this day (YYYY-MM-DD), inclusive."),
                                QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({patient, from, to, format, output});
    if (!sub.parse(parser, tr("Export audit rows as CSV or JSON (every export is itself audited).")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    const QString kind =
        parser.isSet(format) ? parser.value(format) : (sub.json() ? QStringLiteral("json") : QString());
    if (kind != QLatin1String("csv") && kind != QLatin1String("json"))
        return sub.usageError(tr("--format must be csv or json."));

    AuditTrail::Filter filter;
    if (parser.isSet(patient)) {
        bool ok = false;
        filter.patientId = parser.value(patient).toLongLong(&ok);
        if (!ok || *filter.patientId <= 0)
            return sub.usageError(tr("--patient needs a patient number, not \"%1\".").arg(parser.value(patient)));
    }
    for (const auto &[option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return sub.usageError(tr("--%1 needs a date like 2026-03-31, not \"%2\".")
                                      .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return sub.usageError(tr("--from is after --to."));

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    const AuditTrail trail(database);
    auto rows = trail.rows(filter);
    if (!rows)
        return sub.fail(rows.error().message);
    const QByteArray bytes =
        kind == QLatin1String("csv") ? AuditTrail::toCsv(*rows).toUtf8() : AuditTrail::toJson(*rows);
    // The export is recorded before anything leaves the program.
    if (auto recorded = trail.record(QStringLiteral("audit.exported"), filter.patientId,
                                     QStringLiteral("%1 rows as %2").arg(rows->size()).arg(kind));
        !recorded)
        return sub.fail(recorded.error().message);
    if (parser.isSet(output)) {
        QFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return sub.fail(tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return sub.fail(tr("standard output cannot be written."));
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx, {{QStringLiteral("verify"), QT_TRANSLATE_NOOP("cd::cli", "Check the audit trail's hash chain."), verify},
              {QStringLiteral("export"),
               QT_TRANSLATE_NOOP("cd::cli", "Export audit rows (--patient ID, --from/--to DATE, --format csv|json)."),
               exportRows}});
}

const bool registered = registerCommand(
    {QStringLiteral("audit"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Verify or export the audit trail.")), run});

} // namespace

} // namespace cd::cli
