#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

// Words stored in the database and printed by `--json`: never translated.
namespace AppointmentStatus {
inline const QString Booked = QStringLiteral("booked");
inline const QString Confirmed = QStringLiteral("confirmed");
inline const QString NeedsReschedule = QStringLiteral("needs_reschedule");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Completed = QStringLiteral("completed");
inline const QString NoShow = QStringLiteral("no_show");
bool isValid(const QString &status);
} // namespace AppointmentStatus

namespace NotificationKind {
inline const QString Confirmation = QStringLiteral("confirmation");
inline const QString Reminder = QStringLiteral("reminder");
inline const QString Reschedule = QStringLiteral("reschedule");
inline const QString Cancellation = QStringLiteral("cancellation");
} // namespace NotificationKind

// What a notification shows (GUI, `--json`). Stored rows also pass through "releasing" (one process is turning it
// into an outbox message) and "cancelling" (scheduled at Twilio, its cancel waits for the connection).
namespace NotificationState {
inline const QString Planned = QStringLiteral("planned");
inline const QString Releasing = QStringLiteral("releasing");
inline const QString Released = QStringLiteral("released"); // stored only: the message row tells the rest
inline const QString Scheduled = QStringLiteral("scheduled");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Failed = QStringLiteral("failed");
inline const QString Cancelling = QStringLiteral("cancelling");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Skipped = QStringLiteral("skipped");
inline const QString Missed = QStringLiteral("missed");
} // namespace NotificationState

// The outbox purpose of every appointment message (messages.purpose); purpose_ref names the notification.
inline const QString AppointmentPurpose = QStringLiteral("appointment");

// How a notification travels: created at Twilio ahead of time (a Messaging Service's scheduling), or sent by a
// desk (the running app or `reminders run`) at its time.
namespace NotificationVia {
inline const QString Twilio = QStringLiteral("twilio");
inline const QString Desk = QStringLiteral("desk");
} // namespace NotificationVia

struct AppointmentNotification
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    QString kind;
    std::optional<int> offsetMinutes; // reminders: minutes before the start
    QDateTime idealUtc;               // when the rule says (start - offset, or the booking time)
    QDateTime dueUtc;                 // after quiet hours; invalid when skipped
    QString state;                    // stored state (see NotificationState)
    QString via;
    QString reason; // why it moved, was skipped, missed, failed or fell back to the desk
    std::optional<qint64> messageId;
    int attempt = 0;
    // From the outbox row, when there is one.
    QString messageStatus;
    QString sid;
    QString messageError;
    std::optional<int> messageErrorCode;
    QDateTime messageExpiresAt;
    QDateTime messageUpdatedAt;

    // planned, scheduled, sending, sent, delivered, failed, cancelled, skipped, missed.
    QString displayState() const;
    QString displayReason() const;
};

struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime startUtc;
    QString timeZone; // IANA zone it was booked in
    int durationMinutes = 30;
    QString provider;
    QString location;
    QString reason; // never put into a message unless a template asks for it
    QString status = AppointmentStatus::Booked;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<AppointmentNotification> notifications;

    bool isActive() const
    {
        return status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed ||
               status == AppointmentStatus::NeedsReschedule;
    }
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Appointment)
