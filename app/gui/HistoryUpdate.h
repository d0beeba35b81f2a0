#pragma once

#include "core/common/Result.h"

#include <QString>

// A long schema update (summaries and search index over a big history) runs before the main window with a window
// saying so; a short one or none runs as part of the usual open. Ok, or why the update failed (rolled back).
cd::Status<> updateHistoryShowingProgress(const QString &databaseFile);
