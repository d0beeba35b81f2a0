#include "app/cli/MessagingSetup.h"

#include "core/secrets/StoredCredentialsProvider.h"
#include "core/storage/Database.h"

namespace cd::cli {

std::shared_ptr<const CredentialsProvider> cliCredentials()
{
    // Environment variables first (automation), then the keychain and settings: the same order as the GUI.
    return makeStoredCredentialsProvider();
}

std::unique_ptr<MessagingSession> openMessaging(Context &ctx)
{
    auto database = ctx.openDatabase();
    if (!database)
        return nullptr;
    auto session = MessagingSession::open(database, cliCredentials(), ctx.settings().policy().phoneRegion);
    if (!session) {
        ctx.fail(session.error().message);
        return nullptr;
    }
    return std::move(session.value());
}

} // namespace cd::cli
