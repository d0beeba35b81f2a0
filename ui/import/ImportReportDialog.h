#pragma once

#include "core/patients/PatientImporter.h"

#include <QDialog>

namespace cd::ui {

// The result of an import: how many patients were added and every skipped row with its line number and reason,
// as a plain-text list the user can copy or save.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QString &fileName, const ImportReport &report, QWidget *parent = nullptr);

    static QString summary(const ImportReport &report);
    static QString skippedText(const ImportReport &report);
};

} // namespace cd::ui
