#include "app/cli/RecordCommand.h"

#include "app/cli/Cli.h"
#include "core/audit/AuditTrail.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/records/CommunicationRecord.h"
#include "core/storage/Database.h"

#ifdef CLINICDESK_CLI_PDF
#include "ui/records/RecordPdf.h"
#endif

#include <QFile>

namespace cd::cli {

int exportRecord(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to FILE (required for pdf; csv goes to standard output without it)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, output});
    if (!sub.parse(parser,
                   tr("Export a patient's communication record: every message, intake form and appointment "
                      "reminder with times and states (audited)."),
                   QStringLiteral("ID")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give one patient number."));
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return sub.usageError(tr("\"%1\" is not a patient number.").arg(parser.positionalArguments().constFirst()));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("pdf") && kind != QLatin1String("csv"))
        return sub.usageError(tr("--format must be pdf or csv."));
    if (kind == QLatin1String("pdf") && !parser.isSet(output))
        return sub.usageError(tr("a PDF needs --output FILE."));
#ifndef CLINICDESK_CLI_PDF
    if (kind == QLatin1String("pdf"))
        return sub.fail(tr("this build has no PDF support (built without Qt GUI); use --format csv."));
#endif

    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    PatientStore patients(database, sub.settings().policy().phoneRegion);
    MessageStore messages(database);
    auto record = CommunicationRecord::build(id, patients, messages);
    if (!record)
        return sub.fail(record.error().message);
    if (auto recorded = AuditTrail(database).record(QStringLiteral("record.exported"), id, kind); !recorded)
        return sub.fail(recorded.error().message);

    if (kind == QLatin1String("csv")) {
        const QByteArray bytes = record->toCsv().toUtf8();
        QFile file;
        const bool opened = parser.isSet(output)
                                ? (file.setFileName(parser.value(output)), file.open(QIODevice::WriteOnly))
                                : file.open(stdout, QIODevice::WriteOnly);
        if (!opened || file.write(bytes) != bytes.size())
            return sub.fail(tr("cannot write the record: %1").arg(file.errorString()));
        return Success;
    }
#ifdef CLINICDESK_CLI_PDF
    if (auto written = ui::writeRecordPdf(*record, sub.settings().policy().clinicName, parser.value(output)); !written)
        return sub.fail(written.error().message);
#endif
    return Success;
}

} // namespace cd::cli
