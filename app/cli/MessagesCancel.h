#pragma once

#include "app/cli/Cli.h"

#include <QStringList>

namespace cd::cli {

// `messages cancel ID` (dispatched by the messages command).
int runMessagesCancel(Context &ctx, const QStringList &arguments);

} // namespace cd::cli
