#pragma once

#include "core/twilio/TwilioTypes.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cd {

class TwilioTransport;
struct TwilioAccess;

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

// Asks Twilio whether the configured credentials can send texts: the credential (on a resource an API key may read),
// the account's status, the clinic number and its SMS capability, and whether scheduling is possible.
class TwilioConnectionChecker : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TwilioConnectionCheck &)>;

    // `transport` must outlive this object. `done` runs later, never after this object is destroyed.
    explicit TwilioConnectionChecker(TwilioTransport &transport, QObject *parent = nullptr);
    void run(Callback done);

private:
    void checkNumber(const TwilioAccess &access, std::shared_ptr<TwilioConnectionCheck> check, Callback done);
    void finish(const TwilioAccess &access, std::shared_ptr<TwilioConnectionCheck> check, Callback done);

    TwilioTransport &m_transport;
};

} // namespace cd
