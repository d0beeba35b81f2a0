#include "ui/records/RecordExportAction.h"

#include "core/audit/AuditTrail.h"
#include "core/records/CommunicationRecord.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "ui/records/RecordPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace cd::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::RecordExport", text);
}
} // namespace

void exportCommunicationRecord(QWidget *parent, AppServices &services, qint64 patientId)
{
    auto record = CommunicationRecord::build(patientId, services.patients(), services.messages());
    if (!record) {
        QMessageBox::warning(parent, tr("Export Communication Record"), record.error().message);
        return;
    }
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString csvFilter = tr("CSV spreadsheet (*.csv)");
    QString chosenFilter = pdfFilter;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("communication-record-%1.pdf").arg(patientId));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Communication Record"), suggested,
                                                pdfFilter + QStringLiteral(";;") + csvFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    const bool csv = chosenFilter == csvFilter || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");

    if (auto recorded = services.audit().record(QStringLiteral("record.exported"), patientId,
                                                csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
        !recorded) {
        QMessageBox::warning(parent, tr("Export Communication Record"), recorded.error().message);
        return;
    }
    Status<> written = Ok{};
    if (csv) {
        QFile file(path);
        const QByteArray bytes = record->toCsv().toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            written = makeError(QStringLiteral("record.unwritable"),
                                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        written = writeRecordPdf(*record, AppSettings::value(SettingKeys::ClinicName).toString(), path);
    }
    if (!written)
        QMessageBox::warning(parent, tr("Export Communication Record"), written.error().message);
}

} // namespace cd::ui
