#pragma once

#include "core/messaging/Message.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

enum class IntakeChannel
{
    Sms,
    EmailAndSms
};
QString intakeChannelName(IntakeChannel channel); // "sms", "email+sms"
std::optional<IntakeChannel> intakeChannelFromName(const QString &name);

// The e-mail's own states (kept on the send: SendGrid cannot be asked afterwards).
namespace EmailStatus {
inline const QString None = QStringLiteral("none");         // not requested
inline const QString Pending = QStringLiteral("pending");   // waiting to go (or rate limited until next attempt)
inline const QString Sending = QStringLiteral("sending");   // claimed, the request is on its way
inline const QString Accepted = QStringLiteral("accepted"); // 202 from SendGrid
inline const QString Failed = QStringLiteral("failed");     // refused, with the reason
inline const QString Unknown = QStringLiteral("unknown");   // "not confirmed": the answer was lost
inline const QString Canceled = QStringLiteral("canceled");
} // namespace EmailStatus

// One form sent to one patient.
struct IntakeSend
{
    qint64 id = 0;
    std::optional<qint64> patientId;
    QString templateName;
    QString language;
    IntakeChannel channel = IntakeChannel::Sms;
    QString token;
    QString link;
    QString statusUrl;
    QString smsText;
    QString smsError;                        // the SMS could not even be queued (the reason)
    std::optional<qint64> smsMessageId;      // the latest outbox message for this send (resends make new ones)
    std::optional<qint64> followUpMessageId; // the one automatic reminder
    QString emailTo;
    QString emailSubject;
    QString emailText;
    QString emailHtml;
    QString emailStatus = EmailStatus::None;
    QString emailMessageId;
    QString emailError;
    int emailAttempts = 0;
    QDateTime emailNextAttemptAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime completedAt;
    QString completedBy;
    QDateTime canceledAt;
    QString canceledBy;
    QDateTime followUpAt;
    QDateTime statusCheckedAt;
    bool isDemo = false;

    bool wantsEmail() const { return channel == IntakeChannel::EmailAndSms; }
    bool isCompleted() const { return completedAt.isValid(); }
    bool isCanceled() const { return canceledAt.isValid(); }
    QString smsPurposeRef() const { return QString::number(id); }
    QString followUpPurposeRef() const { return QString::number(id) + QStringLiteral(":followup"); }
};

} // namespace cd

Q_DECLARE_METATYPE(cd::IntakeSend)
