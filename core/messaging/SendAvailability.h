#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

// Whether a patient may be texted now, and if not, why and what to do about it (SendPolicy::availability).
struct SendAvailability
{
    Q_DECLARE_TR_FUNCTIONS(cd::SendAvailability)
public:
    enum class Block
    {
        None,
        NoPatient,
        NoPhone,
        OptedOut,
        NoConsent,
        NotConfigured
    };

    Block block = Block::None;
    QString reason;     // plain text, shown above the composer
    QString actionText; // the way forward as a button ("Add Phone Number…"); empty when the reason says it all

    bool canSend() const { return block == Block::None; }
    // The refusal as an error value for the outbox and the CLI: send.no-phone, send.opted-out, ... and `reason`.
    Error toError() const;

    static SendAvailability evaluate(const std::optional<Patient> &patient, bool requireConsent,
                                     const std::optional<Error> &configurationError);
};

} // namespace cd
