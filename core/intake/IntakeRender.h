#pragma once

#include "core/intake/IntakeTemplate.h"

#include <QString>

namespace cd {

struct Patient;

// What one send says: the link with its token, the SMS and the e-mail (subject, text part, HTML part).
struct IntakeContent
{
    QString language;
    QString link;
    QString sms;
    QString emailSubject;
    QString emailText;
    QString emailHtml; // every variable HTML-escaped
};

namespace IntakeRender {
// The template URL with {token} and {patient_id} filled in (percent-encoded).
QString link(const IntakeTemplate &form, const QString &token, qint64 patientId);
QString statusLink(const IntakeTemplate &form, const QString &token);
IntakeContent render(const IntakeTemplate &form, const Patient &patient, const QString &clinicName,
                     const QString &token);
} // namespace IntakeRender

} // namespace cd
