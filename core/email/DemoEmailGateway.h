#pragma once

#include "core/email/EmailGateway.h"

namespace cd {

// The simulated SendGrid of demo mode: accepts every e-mail a moment later with a demo message id. Nothing leaves
// the computer.
class DemoEmailGateway : public EmailGateway
{
    Q_OBJECT
public:
    using EmailGateway::EmailGateway;
    void send(const EmailMessage &message, const QObject *context, Callback done) override;
    bool isDemo() const override { return true; }
};

} // namespace cd
