#pragma once

#include "core/common/Result.h"

#include <QString>

namespace cd {
struct CommunicationRecord;
}

namespace cd::ui {

// Draws a communication record to a PDF (QTextDocument on QPdfWriter; every value HTML-escaped, so a message
// cannot inject markup). QtGui only, no widgets: the CLI uses it too (under an offscreen QGuiApplication).
Status<> writeRecordPdf(const CommunicationRecord &record, const QString &clinicName, const QString &path);

// The record as the HTML that writeRecordPdf lays out (exposed so a test can check that nothing in it is markup).
QString recordHtml(const CommunicationRecord &record, const QString &clinicName);

} // namespace cd::ui
