#include "core/patients/PatientJson.h"

#include "core/common/Clock.h"

namespace cd {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject patientToJson(const Patient &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("dob"),
         p.dateOfBirth.isValid() ? QJsonValue(p.dateOfBirth.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("phone"), textOrNull(p.phoneRaw)},
        {QStringLiteral("phone_e164"), textOrNull(p.phoneE164)},
        {QStringLiteral("email"), textOrNull(p.email)},
        {QStringLiteral("preferred_language"), textOrNull(p.preferredLanguage)},
        {QStringLiteral("time_zone"), textOrNull(p.timeZone)},
        {QStringLiteral("sms_consent"), p.smsConsent},
        {QStringLiteral("consent_at"), textOrNull(toDbTime(p.consentAt))},
        {QStringLiteral("consent_method"), textOrNull(p.consentMethod)},
        {QStringLiteral("opted_out"), p.isOptedOut()},
        {QStringLiteral("opted_out_at"), textOrNull(toDbTime(p.optedOutAt))},
        {QStringLiteral("notes"), textOrNull(p.notes)},
        {QStringLiteral("created_at"), toDbTime(p.createdAt)},
        {QStringLiteral("updated_at"), toDbTime(p.updatedAt)},
    };
}

} // namespace cd
