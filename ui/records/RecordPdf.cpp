#include "ui/records/RecordPdf.h"

#include "core/records/CommunicationRecord.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cd::ui {

namespace {
QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}
QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::RecordPdf", text);
}
} // namespace

QString recordHtml(const CommunicationRecord &record, const QString &clinicName)
{
    const Patient &p = record.patient;
    QString html =
        QStringLiteral("<h2>%1</h2><h3>%2</h3><p>%3</p>")
            .arg(esc(clinicName), esc(tr("Communication record")),
                 esc(tr("%1 %2, born %3, mobile %4. Generated %5.")
                         .arg(p.firstName, p.lastName,
                              p.dateOfBirth.isValid() ? QLocale().toString(p.dateOfBirth, QLocale::ShortFormat)
                                                      : tr("not recorded"),
                              p.phoneE164.isEmpty() ? p.phoneRaw : p.phoneE164,
                              QLocale().toString(record.generatedAt.toLocalTime(), QLocale::ShortFormat))));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : CommunicationRecord::headers())
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : record.cells()) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (record.rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No messages.")));
    return html;
}

Status<> writeRecordPdf(const CommunicationRecord &record, const QString &clinicName, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Communication record"));
    writer.setCreator(QStringLiteral("ClinicDesk"));
    QTextDocument document;
    document.setHtml(recordHtml(record, clinicName));
    document.print(&writer); // finishes the file
    if (QFileInfo(path).size() == 0)
        return makeError(QStringLiteral("record.unwritable"),
                         tr("Cannot write %1. Choose a folder you may write to.").arg(path));
    return Ok{};
}

} // namespace cd::ui
