#include "core/intake/IntakeStatusText.h"

#include "core/messaging/MessageStatusText.h"

namespace cd {

namespace {

QJsonValue timeJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString IntakeStatusText::channelLabel(IntakeChannel channel)
{
    return channel == IntakeChannel::EmailAndSms ? tr("Email & SMS") : tr("SMS Only");
}

QString IntakeStatusText::emailLabel(const IntakeSend &send)
{
    const QString &s = send.emailStatus;
    const QString demo = send.isDemo ? tr(" (demo)") : QString();
    if (s == EmailStatus::None)
        return tr("Not requested");
    if (s == EmailStatus::Pending)
        return send.emailError.isEmpty() ? tr("Waiting to send") : tr("Waiting to send: %1").arg(send.emailError);
    if (s == EmailStatus::Sending)
        return tr("Sending…");
    if (s == EmailStatus::Accepted)
        return tr("Accepted by SendGrid") + demo;
    if (s == EmailStatus::Failed)
        return tr("Failed: %1").arg(send.emailError);
    if (s == EmailStatus::Unknown)
        return tr("Not confirmed: %1").arg(send.emailError);
    if (s == EmailStatus::Canceled)
        return tr("Canceled");
    return s;
}

QString IntakeStatusText::smsLabel(const IntakeSend &send, const std::optional<Message> &sms, const QDateTime &nowUtc)
{
    if (!sms)
        return send.smsError.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(send.smsError);
    const StatusKind kind = MessageStatusText::kind(*sms, nowUtc);
    const QString mark = kind == StatusKind::Delivered                              ? QStringLiteral("✓✓ ")
                         : (kind == StatusKind::Sent || kind == StatusKind::Queued) ? QStringLiteral("✓ ")
                         : kind == StatusKind::Failed                               ? QStringLiteral("⚠ ")
                                                                                    : QString();
    QString label = mark + MessageStatusText::label(*sms, nowUtc);
    if (kind == StatusKind::Failed && !sms->errorMessage.isEmpty())
        label += QStringLiteral(": ") + sms->errorMessage;
    return label;
}

QString IntakeStatusText::completionLabel(const IntakeSend &send)
{
    if (send.isCanceled())
        return tr("Canceled by %1").arg(send.canceledBy);
    const QString reminder =
        send.followUpAt.isValid()
            ? tr(" · reminder sent %1").arg(MessageStatusText::shortDateTime(send.followUpAt.toLocalTime()))
            : QString();
    if (!send.isCompleted())
        return tr("Not completed") + reminder;
    return tr("Completed (%1, %2)")
               .arg(send.completedBy, MessageStatusText::shortDateTime(send.completedAt.toLocalTime())) +
           reminder;
}

QJsonObject IntakeStatusText::toJson(const IntakeSend &send, const std::optional<Message> &sms,
                                     const std::optional<Message> &followUp, const QDateTime &nowUtc)
{
    QJsonObject smsJson{{QStringLiteral("status"), sms ? sms->status : QStringLiteral("not_sent")},
                        {QStringLiteral("sid"), sms && !sms->sid.isEmpty() ? QJsonValue(sms->sid) : QJsonValue()},
                        {QStringLiteral("error_message"), sms && !sms->errorMessage.isEmpty()
                                                              ? QJsonValue(sms->errorMessage)
                                                          : !sms && !send.smsError.isEmpty() ? QJsonValue(send.smsError)
                                                                                             : QJsonValue()},
                        {QStringLiteral("message_id"), sms ? QJsonValue(sms->id) : QJsonValue()}};
    if (sms)
        smsJson.insert(QStringLiteral("status_kind"),
                       MessageStatusText::jsonName(MessageStatusText::kind(*sms, nowUtc)));
    QJsonObject emailJson{
        {QStringLiteral("status"), send.emailStatus},
        {QStringLiteral("message_id"), send.emailMessageId.isEmpty() ? QJsonValue() : QJsonValue(send.emailMessageId)},
        {QStringLiteral("error_message"), send.emailError.isEmpty() ? QJsonValue() : QJsonValue(send.emailError)},
        {QStringLiteral("to"), send.emailTo.isEmpty() ? QJsonValue() : QJsonValue(send.emailTo)}};
    QJsonObject object{
        {QStringLiteral("id"), send.id},
        {QStringLiteral("patient_id"), send.patientId ? QJsonValue(*send.patientId) : QJsonValue()},
        {QStringLiteral("template"), send.templateName},
        {QStringLiteral("language"), send.language},
        {QStringLiteral("channel"), intakeChannelName(send.channel)},
        {QStringLiteral("token"), send.token},
        {QStringLiteral("link"), send.link},
        {QStringLiteral("sms"), smsJson},
        {QStringLiteral("email"), emailJson},
        {QStringLiteral("created_at"), timeJson(send.createdAt)},
        {QStringLiteral("created_by"), send.createdBy},
        {QStringLiteral("completed_at"), timeJson(send.completedAt)},
        {QStringLiteral("completed_by"), send.completedBy.isEmpty() ? QJsonValue() : QJsonValue(send.completedBy)},
        {QStringLiteral("canceled_at"), timeJson(send.canceledAt)},
        {QStringLiteral("follow_up_at"), timeJson(send.followUpAt)},
        {QStringLiteral("follow_up_status"), followUp ? QJsonValue(followUp->status) : QJsonValue()},
        {QStringLiteral("demo"), send.isDemo}};
    return object;
}

} // namespace cd
