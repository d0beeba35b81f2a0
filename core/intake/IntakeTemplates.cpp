#include "core/intake/IntakeTemplates.h"

#include "core/settings/AppSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

QList<IntakeTemplate> IntakeTemplates::examples()
{
    // The example address is deliberately not the clinic's: sending from it is refused outside demo mode.
    IntakeTemplate intake;
    intake.name = QStringLiteral("New patient intake");
    intake.url = QStringLiteral("https://forms.example.com/intake?t={token}");
    intake.exampleAddress = true;
    intake.texts.insert(QStringLiteral("en"),
                        {QStringLiteral("Hi {first_name}, {clinic_name} here. Please fill in your new patient form "
                                        "before your visit: {link}"),
                         QStringLiteral("{clinic_name}: your new patient form"),
                         QStringLiteral("Hello {first_name},\n\nPlease fill in your new patient form before your "
                                        "visit:\n{link}\n\nThank you,\n{clinic_name}")});
    intake.texts.insert(QStringLiteral("es"),
                        {QStringLiteral("Hola {first_name}, le saluda {clinic_name}. Complete su formulario de "
                                        "paciente nuevo antes de su visita: {link}"),
                         QStringLiteral("{clinic_name}: su formulario de paciente nuevo"),
                         QStringLiteral("Hola {first_name}:\n\nComplete su formulario de paciente nuevo antes de su "
                                        "visita:\n{link}\n\nGracias,\n{clinic_name}")});
    IntakeTemplate history;
    history.name = QStringLiteral("Medical history update");
    history.url = QStringLiteral("https://forms.example.com/history?t={token}");
    history.exampleAddress = true;
    history.texts.insert(QStringLiteral("en"),
                         {QStringLiteral("Hi {first_name}, {clinic_name} here. Please update your medical history: "
                                         "{link}"),
                          QStringLiteral("{clinic_name}: please update your medical history"),
                          QStringLiteral("Hello {first_name},\n\nPlease update your medical history here:\n{link}\n\n"
                                         "Thank you,\n{clinic_name}")});
    history.texts.insert(QStringLiteral("es"),
                         {QStringLiteral("Hola {first_name}, le saluda {clinic_name}. Actualice su historial "
                                         "médico: {link}"),
                          QStringLiteral("{clinic_name}: actualice su historial médico"),
                          QStringLiteral("Hola {first_name}:\n\nActualice su historial médico aquí:\n{link}\n\n"
                                         "Gracias,\n{clinic_name}")});
    return {intake, history};
}

QList<IntakeTemplate> IntakeTemplates::fromSettingValue(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return examples();
    QList<IntakeTemplate> forms;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        IntakeTemplate form = IntakeTemplate::fromJson(item.toObject());
        if (!form.name.isEmpty())
            forms.append(form);
    }
    return forms;
}

QString IntakeTemplates::toSettingValue(const QList<IntakeTemplate> &forms)
{
    QJsonArray array;
    for (const IntakeTemplate &form : forms)
        array.append(form.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<IntakeTemplate> IntakeTemplates::load()
{
    return fromSettingValue(AppSettings::value(IntakeSettingKeys::Templates));
}

std::optional<IntakeTemplate> IntakeTemplates::find(const QString &name)
{
    const QList<IntakeTemplate> forms = load();
    for (const IntakeTemplate &form : forms)
        if (form.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return form;
    return std::nullopt;
}

Status<> IntakeTemplates::saveAll(const QList<IntakeTemplate> &forms)
{
    for (const IntakeTemplate &form : forms)
        if (auto valid = IntakeTemplateRules::validate(form); !valid && !form.exampleAddress)
            return valid;
    auto saved = AppSettings::setValue(IntakeSettingKeys::Templates, toSettingValue(forms));
    if (saved)
        AppSettings::reload();
    return saved;
}

Status<> IntakeTemplates::save(const IntakeTemplate &form)
{
    if (auto valid = IntakeTemplateRules::validate(form); !valid)
        return valid;
    QList<IntakeTemplate> forms = load();
    bool replaced = false;
    for (IntakeTemplate &existing : forms) {
        if (existing.name.compare(form.name, Qt::CaseInsensitive) == 0) {
            existing = form;
            replaced = true;
        }
    }
    if (!replaced)
        forms.append(form);
    return saveAll(forms);
}

Status<> IntakeTemplates::remove(const QString &name)
{
    QList<IntakeTemplate> forms = load();
    const auto before = forms.size();
    forms.erase(std::remove_if(forms.begin(), forms.end(),
                               [&](const IntakeTemplate &f) { return f.name.compare(name, Qt::CaseInsensitive) == 0; }),
                forms.end());
    if (forms.size() == before)
        return makeError(QStringLiteral("intake.template-not-found"),
                         tr("There is no template named \"%1\".").arg(name));
    return saveAll(forms);
}

int IntakeTemplates::followUpDays()
{
    const int days = AppSettings::value(IntakeSettingKeys::FollowUpDays).toInt();
    return days >= 1 && days <= 14 ? days : 0;
}

} // namespace cd
