#pragma once

#include "app/cli/Cli.h"

#include "core/services/AppServices.h"

#include <memory>

namespace cd {
class CredentialsProvider;
}

namespace cd::cli {

// Where the CLI's Twilio credentials come from (the one line to change when the keychain provider takes over).
std::shared_ptr<const CredentialsProvider> cliCredentials();

// Opens the database and starts the messaging service the way the GUI does (real Twilio or demo), but without
// automatic polling: commands ask for what they need. Prints the reason and returns null on failure.
std::unique_ptr<AppServices> openMessaging(Context &ctx, bool pollAutomatically = false);

} // namespace cd::cli
