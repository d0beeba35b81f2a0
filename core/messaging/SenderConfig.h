#pragma once

#include <QString>
#include <QStringList>

namespace cd {

// Who the clinic sends as and which numbers receive replies: from the credentials (first number sends), or the
// demo transport's simulated number.
struct SenderConfig
{
    QStringList clinicNumbers;   // E.164
    QString messagingServiceSid; // MG...; used when no number is configured
    bool demo = false;

    QString sendingNumber() const { return clinicNumbers.value(0); }
};

} // namespace cd
