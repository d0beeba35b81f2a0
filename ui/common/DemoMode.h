#pragma once

#include "secrets/Credentials.h"

namespace cd::ui {

// The one place the GUI decides whether it runs in demo mode (no Twilio credentials: nothing is sent).
// Swap the source here when the stored-credentials provider is wired into the GUI.
TwilioCredentials credentialsForDemoCheck();
bool isDemoMode();

} // namespace cd::ui
