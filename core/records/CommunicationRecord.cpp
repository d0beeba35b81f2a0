#include "core/records/CommunicationRecord.h"

#include "core/audit/AuditTrail.h"
#include "core/common/Clock.h"
#include "core/messaging/MessageStatusText.h"
#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"

#include <QLocale>

namespace cd {

namespace {

QString kindOf(const QString &purpose)
{
    if (purpose == MessagePurpose::Chat)
        return CommunicationRecord::tr("Message");
    if (purpose == MessagePurpose::IntakeForm)
        return CommunicationRecord::tr("Intake form");
    if (purpose == MessagePurpose::AppointmentReminder)
        return CommunicationRecord::tr("Appointment reminder");
    return purpose; // a purpose added by a newer feature: its stored name
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString csvField(const QString &value)
{
    QString cell = AuditTrail::neutraliseCell(value);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace

QStringList CommunicationRecord::headers()
{
    return {tr("Created"), tr("Sent"), tr("Direction"), tr("Kind"), tr("Channel"), tr("State"), tr("Text")};
}

QList<QStringList> CommunicationRecord::cells() const
{
    QList<QStringList> out;
    for (const Row &row : rows)
        out << QStringList{when(row.at), when(row.sentAt), row.direction, row.kind, row.channel, row.state, row.body};
    return out;
}

QString CommunicationRecord::toCsv() const
{
    QString csv;
    auto line = [&csv](const QStringList &fields) {
        QStringList escaped;
        for (const QString &field : fields)
            escaped << csvField(field);
        csv += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers());
    for (const QStringList &row : cells())
        line(row);
    return csv;
}

Result<CommunicationRecord> CommunicationRecord::build(qint64 patientId, PatientStore &patients, MessageStore &messages)
{
    auto patient = patients.get(patientId);
    if (!patient)
        return patient.error();
    auto all = messages.allMessages(patientId);
    if (!all)
        return all.error();
    CommunicationRecord record;
    record.patient = *patient;
    record.generatedAt = Clock::instance().nowUtc();
    for (const Message &message : std::as_const(*all)) {
        Row row;
        row.at = message.createdAt;
        row.sentAt = message.isInbound() ? QDateTime() : message.sentAt;
        row.direction = message.isInbound() ? tr("From patient") : tr("To patient");
        row.kind = kindOf(message.purpose);
        row.channel = message.channel == Channel::Email ? tr("Email") : tr("SMS");
        row.state = MessageStatusText::label(message, record.generatedAt);
        row.body = message.body;
        record.rows << row;
    }
    return record;
}

} // namespace cd
