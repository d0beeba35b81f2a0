#include "core/messaging/SendPolicy.h"

#include "core/messaging/OptOutKeywords.h"
#include "core/patients/Patient.h"
#include "core/settings/SettingsService.h"

namespace cd {

SendRules SendRules::from(const ClinicPolicy &policy)
{
    SendRules rules;
    rules.requireConsent = policy.requireConsent;
    rules.optOutLine = policy.optOutLine.trimmed();
    rules.pricePerSegmentUsd = policy.pricePerSegment;
    return rules;
}

SendRules SendRules::fromSettings()
{
    return from(SettingsService::instance().current()->policy());
}

SendAvailability SendPolicy::availability(const std::optional<Patient> &patient, const SendRules &rules,
                                          const std::optional<Error> &configurationError)
{
    return SendAvailability::evaluate(patient, rules.requireConsent, configurationError);
}

SendPreview SendPolicy::preview(const QString &typed, bool firstMessage, const SendRules &rules)
{
    SendPreview preview;
    const QString trimmed = typed.trimmed();
    preview.body = trimmed;
    if (trimmed.isEmpty()) {
        preview.problem = makeError(QStringLiteral("send.empty"), tr("The message is empty. Type the text to send."));
        return preview;
    }
    // The first message to a patient says how to opt out, unless the text already does.
    if (firstMessage && !rules.optOutLine.isEmpty() && !OptOutKeywords::mentionsOptOut(trimmed)) {
        preview.body = trimmed + QLatin1Char('\n') + rules.optOutLine;
        preview.optOutLineAdded = true;
    }
    preview.segments = SegmentCalculator::analyse(preview.body, rules.pricePerSegmentUsd);
    if (preview.body.size() > MaxBodyLength)
        preview.problem = makeError(QStringLiteral("send.too-long"),
                                    tr("The message is %1 characters long; Twilio accepts at most %2. Shorten it.")
                                        .arg(preview.body.size())
                                        .arg(MaxBodyLength));
    return preview;
}

} // namespace cd
