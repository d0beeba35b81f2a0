#pragma once

#include "app/cli/Cli.h"

namespace cd::cli {

// clinicdesk-cli intake templates [set|remove] (IntakeTemplatesCommand.cpp).
int runIntakeTemplates(Context &ctx);
// clinicdesk-cli intake run (IntakeRunCommand.cpp).
int runIntakePass(Context &sub);

} // namespace cd::cli
