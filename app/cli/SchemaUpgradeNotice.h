#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QTextStream>

namespace cd::cli {

// A long schema update (summaries and search index over a big history) announced on `err` before it starts, with
// its elapsed time while it runs (redrawn in place on a terminal, a line every 10 s otherwise) and at the end. Short
// or no updates run silently as part of the usual open. Ok, or why the update failed (rolled back).
Status<> updateHistoryReporting(const QString &databaseFile, QTextStream &err);

} // namespace cd::cli
