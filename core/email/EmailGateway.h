#pragma once

#include "core/common/Result.h"
#include "core/email/EmailTypes.h"

#include <QObject>

#include <functional>

namespace cd {

// The e-mail transport seam: SendGrid in production, the simulated SendGrid in demo mode. One call is one request
// at most; nothing here retries a request whose answer was lost.
class EmailGateway : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<EmailAccepted, EmailError> &)>;
    using QObject::QObject;

    // `done` runs later on this thread, only while `context` exists.
    virtual void send(const EmailMessage &message, const QObject *context, Callback done) = 0;
    virtual bool isDemo() const { return false; }
};

} // namespace cd
