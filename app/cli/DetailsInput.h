#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace cd::cli {

// Patient details for `patients add --from-file FILE|-`: a JSON object read from a file or standard input, so that
// names, numbers and dates of birth never appear in the process list (argv is readable by every local account).
Result<QJsonObject> readDetailsObject(const QString &fileOrDash);

} // namespace cd::cli
