#pragma once

#include "core/common/Result.h"
#include "core/messaging/SenderConfig.h"
#include "core/messaging/SmsGateway.h"

#include <QCoreApplication>

#include <memory>

namespace cd {

class CredentialsProvider;
class Database;

struct GatewaySetup
{
    std::unique_ptr<SmsGateway> gateway;
    SenderConfig sender;
};

// THE one place that chooses the transport: the real Twilio client when credentials are configured, the demo
// transport only when nothing at all is configured. Half-configured credentials are an error (never silently
// demo), so a clinic that set up Twilio can never end up "sending" into the simulation.
class GatewayFactory
{
    Q_DECLARE_TR_FUNCTIONS(cd::GatewayFactory)
public:
    // The checks and the sender (numbers, demo or not), without making a transport.
    static Result<SenderConfig> senderFor(const std::shared_ptr<const CredentialsProvider> &credentials);
    static Result<GatewaySetup> make(std::shared_ptr<const CredentialsProvider> credentials,
                                     std::shared_ptr<Database> database, QObject *parent = nullptr);
};

inline Result<GatewaySetup> makeGateway(std::shared_ptr<const CredentialsProvider> credentials,
                                        std::shared_ptr<Database> database, QObject *parent = nullptr)
{
    return GatewayFactory::make(std::move(credentials), std::move(database), parent);
}

} // namespace cd
