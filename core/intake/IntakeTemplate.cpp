#include "core/intake/IntakeTemplate.h"

#include "core/messaging/OptOutKeywords.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace cd {

namespace {

const QString TokenVar = QStringLiteral("{token}");
const QString PatientIdVar = QStringLiteral("{patient_id}");

} // namespace

QString IntakeTemplate::languageFor(const QString &preferredLanguage) const
{
    const QString base = preferredLanguage.section(QLatin1Char('-'), 0, 0).toLower();
    if (!base.isEmpty() && texts.contains(base))
        return base;
    if (texts.contains(QStringLiteral("en")) || texts.isEmpty())
        return QStringLiteral("en");
    return texts.firstKey();
}

QJsonObject IntakeTemplate::toJson() const
{
    QJsonObject languages;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        languages.insert(it.key(), QJsonObject{{QStringLiteral("sms"), it->sms},
                                               {QStringLiteral("email_subject"), it->emailSubject},
                                               {QStringLiteral("email_body"), it->emailBody}});
    QJsonObject object{
        {QStringLiteral("name"), name}, {QStringLiteral("url"), url}, {QStringLiteral("languages"), languages}};
    if (!statusUrl.isEmpty())
        object.insert(QStringLiteral("status_url"), statusUrl);
    if (exampleAddress)
        object.insert(QStringLiteral("example_address"), true);
    return object;
}

IntakeTemplate IntakeTemplate::fromJson(const QJsonObject &object)
{
    IntakeTemplate form;
    form.name = object.value(QStringLiteral("name")).toString().trimmed();
    form.url = object.value(QStringLiteral("url")).toString().trimmed();
    form.statusUrl = object.value(QStringLiteral("status_url")).toString().trimmed();
    form.exampleAddress = object.value(QStringLiteral("example_address")).toBool();
    const QJsonObject languages = object.value(QStringLiteral("languages")).toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        form.texts.insert(it.key(), IntakeTexts{t.value(QStringLiteral("sms")).toString(),
                                                t.value(QStringLiteral("email_subject")).toString(),
                                                t.value(QStringLiteral("email_body")).toString()});
    }
    return form;
}

Status<> IntakeTemplateRules::validateUrl(const QString &text, bool isStatusUrl)
{
    const QString code =
        isStatusUrl ? QStringLiteral("intake.template-status-url") : QStringLiteral("intake.template-url");
    const QString what = isStatusUrl ? tr("The status address") : tr("The form address");
    // Placeholders are filled before the address is used; check the address with harmless stand-ins.
    QString filled = text.trimmed();
    filled.replace(TokenVar, QStringLiteral("t")).replace(PatientIdVar, QStringLiteral("1"));
    const QUrl url(filled, QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return makeError(code, tr("%1 \"%2\" is not a valid web address.").arg(what, text));
    if (url.scheme().toLower() != QLatin1String("https"))
        return makeError(code, tr("%1 must start with https:// so the link is encrypted.").arg(what));
    if (!text.contains(TokenVar))
        return makeError(code, tr("%1 must contain {token}: each send's own code identifies the form.").arg(what));
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name == QLatin1String("token") || (name == QLatin1String("patient_id") && !isStatusUrl))
            continue;
        return makeError(code, tr("%1 may not contain {%2}: nothing about the patient but the send's code%3 may go "
                                  "into a web address.")
                                   .arg(what, name, isStatusUrl ? QString() : tr(" and {patient_id}")));
    }
    return Ok{};
}

Status<> IntakeTemplateRules::validate(const IntakeTemplate &form)
{
    if (form.name.trimmed().isEmpty())
        return makeError(QStringLiteral("intake.template-name"), tr("The template needs a name."));
    if (auto url = validateUrl(form.url, false); !url)
        return url;
    if (!form.statusUrl.isEmpty())
        if (auto status = validateUrl(form.statusUrl, true); !status)
            return status;
    if (form.texts.isEmpty())
        return makeError(QStringLiteral("intake.template-language"), tr("The template needs its English text."));
    const QString link = QStringLiteral("{link}");
    for (auto it = form.texts.cbegin(); it != form.texts.cend(); ++it) {
        if (!supportedLanguages().contains(it.key()))
            return makeError(QStringLiteral("intake.template-language"),
                             tr("The language \"%1\" is not supported; use en or es.").arg(it.key()));
        if (!it->sms.contains(link))
            return makeError(
                QStringLiteral("intake.template-link"),
                tr("The text message (%1) must contain {link}: without it the patient gets no form.").arg(it.key()));
        if (!it->emailBody.isEmpty() && !it->emailBody.contains(link))
            return makeError(
                QStringLiteral("intake.template-link"),
                tr("The e-mail body (%1) must contain {link}: without it the patient gets no form.").arg(it.key()));
        if (const QString word = OptOutKeywords::optOutWordIn(it->sms); !word.isEmpty())
            return makeError(QStringLiteral("intake.template-stop-word"),
                             tr("The text message (%1) contains \"%2\": a patient who replies with that word alone is "
                                "opted out of all texts. Reword it.")
                                 .arg(it.key(), word));
    }
    return Ok{};
}

} // namespace cd
