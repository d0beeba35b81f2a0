#pragma once

#include <QtGlobal>

class QWidget;

namespace cd {
class AppServices;
}

namespace cd::ui {

// File → Export Communication Record…: asks where (PDF or CSV by the file's type), records the export in the audit
// trail, then writes it. Errors are shown in a message box with the reason.
void exportCommunicationRecord(QWidget *parent, AppServices &services, qint64 patientId);

} // namespace cd::ui
