#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cd {

struct Patient
{
    qint64 id = 0; // 0 until stored
    QString firstName;
    QString lastName;
    QDate dateOfBirth;
    QString phoneRaw;  // as entered
    QString phoneE164; // empty when the patient has no phone number
    QString email;
    QString preferredLanguage; // BCP 47, e.g. "es"
    QString timeZone;          // IANA, e.g. "America/Los_Angeles"
    bool smsConsent = false;
    QDateTime consentAt;
    QString consentMethod; // how it was recorded: "verbal", "written form", "import", ...
    QString consentRecordedBy;
    QDateTime optedOutAt; // valid while the patient has opted out of texts
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasPhone() const { return !phoneE164.isEmpty(); }
    bool isOptedOut() const { return optedOutAt.isValid(); }
    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Patient)
