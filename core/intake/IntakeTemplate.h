#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

// The words of one template in one language. Variables: {first_name}, {clinic_name}, {link}.
struct IntakeTexts
{
    QString sms;
    QString emailSubject;
    QString emailBody;
};

// A form the clinic's form service hosts; ClinicDesk only sends its link. Kept as a clinic-wide setting
// (IntakeTemplates), so IT can provision it like any other setting.
struct IntakeTemplate
{
    QString name;
    QString url;       // https, {token} required, {patient_id} allowed, nothing else about the patient
    QString statusUrl; // optional: https, {token} required; answers {"completed": true} once the form is done
    QMap<QString, IntakeTexts> texts; // "en", "es"
    bool exampleAddress = false;      // a fresh install's example: refused outside demo mode

    // The language the patient prefers when this template has it, English otherwise.
    QString languageFor(const QString &preferredLanguage) const;
    QStringList languages() const { return texts.keys(); }

    QJsonObject toJson() const;
    static IntakeTemplate fromJson(const QJsonObject &object);
};

// The editor's checks (Settings and `intake templates set`), each refusal with the reason in plain words.
// Codes: intake.template-name, intake.template-url, intake.template-status-url, intake.template-link,
// intake.template-stop-word, intake.template-language.
class IntakeTemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(cd::IntakeTemplateRules)
public:
    static Status<> validate(const IntakeTemplate &form);
    static Status<> validateUrl(const QString &url, bool isStatusUrl);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
};

} // namespace cd
