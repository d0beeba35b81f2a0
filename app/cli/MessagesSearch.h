#pragma once

#include <QString>

namespace cd::cli {

class Context;

// clinicdesk-cli messages search TEXT [--json]: every conversation's messages containing TEXT, newest first.
int runMessagesSearch(Context &ctx, const QString &text);

} // namespace cd::cli
