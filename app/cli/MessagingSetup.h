#pragma once

#include "app/cli/Cli.h"

#include "core/messaging/MessagingSession.h"

#include <memory>

namespace cd {
class CredentialsProvider;
}

namespace cd::cli {

// Where the CLI's Twilio credentials come from (the one line to change when the keychain provider takes over).
std::shared_ptr<const CredentialsProvider> cliCredentials();

// Opens the database and a messaging session (real Twilio or demo); prints the reason and returns null on failure.
std::unique_ptr<MessagingSession> openMessaging(Context &ctx);

} // namespace cd::cli
