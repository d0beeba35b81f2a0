#include "ui/import/ImportReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

ImportReportDialog::ImportReportDialog(const QString &fileName, const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    if (!report.skipped.isEmpty())
        resize(620, 420);
    else
        setMinimumWidth(420);

    auto *heading = new QLabel(tr("Imported from %1").arg(QFileInfo(fileName).fileName()), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);

    auto *summaryLabel = new QLabel(summary(report), this);
    summaryLabel->setObjectName(QStringLiteral("importSummary"));
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(summaryLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    if (!report.skipped.isEmpty()) {
        auto *list = new QPlainTextEdit(this);
        list->setObjectName(QStringLiteral("importSkippedList"));
        list->setAccessibleName(tr("Skipped rows"));
        list->setReadOnly(true);
        list->setLineWrapMode(QPlainTextEdit::NoWrap);
        list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        list->setPlainText(skippedText(report)); // plain text: reasons quote the file's contents
        layout->addWidget(list, 1);
        auto *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this,
                [report] { QApplication::clipboard()->setText(skippedText(report)); });
    } else {
        layout->addStretch(1);
    }
    layout->addWidget(buttons);
}

QString ImportReportDialog::summary(const ImportReport &report)
{
    const QLocale locale;
    QString text = tr("%n patient(s) imported.", nullptr, report.imported);
    if (!report.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) skipped; each is listed below with its line in the file.", nullptr,
                                      int(report.skipped.size()));
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled after %1 rows; the patients imported until then were "
                                      "kept. Importing the file again adds only the rest.")
                                       .arg(locale.toString(report.rowsRead));
    return text;
}

QString ImportReportDialog::skippedText(const ImportReport &report)
{
    QStringList lines;
    for (const SkippedRow &row : report.skipped)
        lines << tr("Line %1: %2").arg(row.line).arg(row.reason);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::ui
