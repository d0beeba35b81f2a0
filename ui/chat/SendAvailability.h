#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>

#include <optional>

namespace cd::ui {

// Whether the composer may send to the open patient, and if not, why and what to do about it.
struct SendAvailability
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::SendAvailability)
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

    static SendAvailability evaluate(const std::optional<Patient> &patient, bool requireConsent,
                                     const std::optional<Error> &configurationError);
};

} // namespace cd::ui
