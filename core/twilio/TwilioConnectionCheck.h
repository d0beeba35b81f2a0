#pragma once

#include "core/twilio/TwilioTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// What the connection check found out. `problems` are plain sentences (what is wrong, what to do); `notes` are
// hints that do not stop sending (e.g. scheduling unavailable).
struct TwilioConnectionCheck
{
    bool ok = false;               // usable for sending texts
    bool reachable = false;        // Twilio (or the configured server) answered at all
    bool credentialsValid = false; // the credential was accepted
    bool usingApiKey = false;
    QString baseUrl;
    QString accountSid;
    QString accountName;              // friendly name, when the credential may read the account (not with an API key)
    QString accountStatus;            // active / suspended / closed, when readable
    QString phoneNumber;              // the sending number that was checked
    std::optional<bool> numberExists; // empty: could not be checked
    std::optional<bool> smsCapable;
    bool schedulingAvailable = false; // a Messaging Service is configured
    QStringList problems;
    QStringList notes;
    std::optional<TwilioError> error; // the failure that stopped the check early, if any
};

} // namespace cd
