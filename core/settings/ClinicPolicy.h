#pragma once

#include <QString>

namespace cd {

// Clinic-wide rules: the same on every desk of a clinic. Kept apart from DeskPreferences so that a shared
// database can hold them later (several desks, one policy); today they come from the settings files.
struct ClinicPolicy
{
    QString clinicName;
    QString phoneRegion; // "US": for numbers typed without +
    QString optOutLine;  // appended to a patient's first message
    bool requireConsent = true;
    double pricePerSegment = 0.0;
    int noReceiptAfterHours = 72; // "sent" without a delivery receipt after this long reads as unconfirmed
    int chatExpiryHours = 2;      // a chat text still waiting after this long is held (Send now / Discard)
    // Room for message templates and quiet hours: they belong here, not in DeskPreferences.

    friend bool operator==(const ClinicPolicy &a, const ClinicPolicy &b)
    {
        return a.clinicName == b.clinicName && a.phoneRegion == b.phoneRegion && a.optOutLine == b.optOutLine &&
               a.requireConsent == b.requireConsent && a.pricePerSegment == b.pricePerSegment &&
               a.noReceiptAfterHours == b.noReceiptAfterHours && a.chatExpiryHours == b.chatExpiryHours;
    }
    friend bool operator!=(const ClinicPolicy &a, const ClinicPolicy &b) { return !(a == b); }
};

} // namespace cd
