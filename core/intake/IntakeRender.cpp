#include "core/intake/IntakeRender.h"

#include "core/patients/Patient.h"

#include <QUrl>

namespace cd::IntakeRender {

namespace {

QString fill(QString text, const QString &firstName, const QString &clinicName, const QString &link)
{
    // The patient's name goes in last: a name that looks like a variable ("{link}") stays literal.
    text.replace(QStringLiteral("{link}"), link);
    text.replace(QStringLiteral("{clinic_name}"), clinicName);
    text.replace(QStringLiteral("{first_name}"), firstName);
    return text;
}

QString htmlFor(const QString &body, const QString &firstName, const QString &clinicName, const QString &link)
{
    // The template body is text too: escape everything, then turn the link into an anchor and line breaks into <br>.
    const QString marker = QStringLiteral("\x01LINK\x01");
    QString escaped = fill(body, firstName, clinicName, marker).toHtmlEscaped();
    const QString anchor = QStringLiteral("<a href=\"%1\">%1</a>").arg(link.toHtmlEscaped());
    escaped.replace(marker, anchor);
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    return QStringLiteral("<!DOCTYPE html>\n<html><body>\n<p>%1</p>\n</body></html>\n").arg(escaped);
}

} // namespace

QString link(const IntakeTemplate &form, const QString &token, qint64 patientId)
{
    QString url = form.url;
    url.replace(QStringLiteral("{token}"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.replace(QStringLiteral("{patient_id}"), QString::number(patientId));
    return url;
}

QString statusLink(const IntakeTemplate &form, const QString &token)
{
    QString url = form.statusUrl;
    url.replace(QStringLiteral("{token}"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return url;
}

IntakeContent render(const IntakeTemplate &form, const Patient &patient, const QString &clinicName,
                     const QString &token)
{
    IntakeContent content;
    content.language = form.languageFor(patient.preferredLanguage);
    content.link = link(form, token, patient.id);
    const IntakeTexts texts = form.texts.value(content.language);
    const QString first = patient.firstName.trimmed();
    content.sms = fill(texts.sms, first, clinicName, content.link).trimmed();
    content.emailSubject = fill(texts.emailSubject, first, clinicName, content.link).simplified();
    const QString body = texts.emailBody.isEmpty() ? texts.sms : texts.emailBody;
    content.emailText = fill(body, first, clinicName, content.link);
    content.emailHtml = htmlFor(body, first, clinicName, content.link);
    return content;
}

} // namespace cd::IntakeRender
