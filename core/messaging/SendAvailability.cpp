#include "core/messaging/SendAvailability.h"

#include <QHash>
#include <QLocale>

namespace cd {

SendAvailability SendAvailability::evaluate(const std::optional<Patient> &patient, bool requireConsent,
                                            const std::optional<Error> &configurationError)
{
    SendAvailability a;
    if (!patient) {
        a.block = Block::NoPatient;
        a.reason = tr("Choose a patient to see the conversation.");
        return a;
    }
    if (!patient->hasPhone()) {
        a.block = Block::NoPhone;
        a.reason = tr("No Phone Number Available — add one in Overview.");
        a.actionText = tr("Add Phone Number…");
        return a;
    }
    if (patient->isOptedOut()) {
        a.block = Block::OptedOut;
        a.reason = tr("%1 opted out of text messages on %2. Nothing can be sent until they text START to the "
                      "clinic's number; call them instead.")
                       .arg(patient->fullName(),
                            QLocale().toString(patient->optedOutAt.toLocalTime().date(), QLocale::ShortFormat));
        return a;
    }
    if (requireConsent && !patient->smsConsent) {
        a.block = Block::NoConsent;
        a.reason = tr("No recorded consent to receive text messages. Ask %1, then record their consent.")
                       .arg(patient->firstName);
        a.actionText = tr("Record Consent…");
        return a;
    }
    if (configurationError) {
        a.block = Block::NotConfigured;
        a.reason = configurationError->message;
        a.actionText = tr("Open Settings…");
        return a;
    }
    return a;
}

Error SendAvailability::toError() const
{
    static const QHash<Block, QString> codes = {{Block::NoPatient, QStringLiteral("patient.not-found")},
                                                {Block::NoPhone, QStringLiteral("send.no-phone")},
                                                {Block::OptedOut, QStringLiteral("send.opted-out")},
                                                {Block::NoConsent, QStringLiteral("send.no-consent")},
                                                {Block::NotConfigured, QStringLiteral("send.not-configured")}};
    return makeError(codes.value(block), reason);
}

} // namespace cd
