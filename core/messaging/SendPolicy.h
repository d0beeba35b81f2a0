#pragma once

#include "core/common/Result.h"
#include "core/messaging/SendAvailability.h"
#include "core/sms/SegmentInfo.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cd {

struct ClinicPolicy;
struct Patient;

// The clinic's rules for an outgoing text (clinic-wide policy, read from the settings snapshot).
struct SendRules
{
    bool requireConsent = true;
    QString optOutLine; // added to the first message to a patient; empty: never
    double pricePerSegmentUsd = 0.0079;

    static SendRules from(const ClinicPolicy &policy);
    static SendRules fromSettings(); // the process's current policy (for views without a messaging service)
};

// What the outbox will write for a typed text: the composer counts exactly this, so its counter and the message
// sent always agree.
struct SendPreview
{
    QString body; // trimmed, with the opt-out line when it is added
    bool optOutLineAdded = false;
    SegmentInfo segments;
    std::optional<Error> problem; // send.empty, send.too-long: nothing would be written
};

// The one send policy, used by the outbox, the composer and the CLI: the same checks in the same order with the
// same words. Who: a phone, not opted out, consent when required (SendAvailability); then the transport's
// configuration; then the text: not empty, not longer than Twilio accepts.
class SendPolicy
{
    Q_DECLARE_TR_FUNCTIONS(cd::SendPolicy)
public:
    static constexpr int MaxBodyLength = 1600;

    static SendAvailability availability(const std::optional<Patient> &patient, const SendRules &rules,
                                         const std::optional<Error> &configurationError = std::nullopt);
    // `firstMessage`: nothing was sent to this patient yet (failed and canceled texts do not count).
    static SendPreview preview(const QString &typed, bool firstMessage, const SendRules &rules);
};

} // namespace cd
