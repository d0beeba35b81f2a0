#include "app/cli/MessagingSetup.h"

#include "core/secrets/StoredCredentialsProvider.h"
#include "core/storage/Database.h"

namespace cd::cli {

std::shared_ptr<const CredentialsProvider> cliCredentials()
{
    // Environment variables first (automation), then the keychain and settings: the same order as the GUI.
    return makeStoredCredentialsProvider();
}

std::unique_ptr<AppServices> openMessaging(Context &ctx, bool pollAutomatically)
{
    auto database = ctx.openDatabase();
    if (!database)
        return nullptr;
    AppServices::Options options;
    options.credentials = cliCredentials();
    options.phoneRegion = ctx.settings().policy().phoneRegion;
    options.messaging.pollAutomatically = pollAutomatically;
    auto services = std::make_unique<AppServices>(database, std::move(options));
    if (auto started = services->messaging().start(); !started) {
        ctx.fail(started.error().message);
        return nullptr;
    }
    return services;
}

} // namespace cd::cli
