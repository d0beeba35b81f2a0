#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace cd {

class MessageStore;
class PatientStore;
class AuditTrail;

// A patient's communication record: every message, intake send and appointment notification with its times and
// state, in the desk's words. Built here (Qt Core only) as rows and CSV; the PDF is drawn by ui/records (QtGui).
struct CommunicationRecord
{
    Q_DECLARE_TR_FUNCTIONS(cd::CommunicationRecord)
public:
    struct Row
    {
        QDateTime at;      // created (local time when shown)
        QDateTime sentAt;  // invalid: not sent
        QString direction; // translated: "To patient", "From patient"
        QString kind;      // translated: "Message", "Intake form", "Appointment reminder", or the stored purpose
        QString channel;   // "SMS", "Email"
        QString state;     // MessageStatusText's label
        QString body;      // exactly as sent or received
    };
    Patient patient;
    QDateTime generatedAt;
    QList<Row> rows;

    static QStringList headers();
    QList<QStringList> cells() const; // one list per row, in headers() order, dates in the locale
    QString toCsv() const;            // cells starting with = + - @ neutralised

    // Reads the record; the caller records the export in the audit trail ("record.exported" and the format)
    // before writing the file.
    static Result<CommunicationRecord> build(qint64 patientId, PatientStore &patients, MessageStore &messages);
};

} // namespace cd
