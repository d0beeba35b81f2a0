#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace cd::cli {

// Details for `patients add --from-file FILE|-` and `intake send --from-file FILE|-`: a JSON object read from a file
// or standard input, so that names, numbers, dates of birth and whom a form goes to never appear in the process list
// (argv is readable by every local account).
// `example` is shown when the input is no JSON object (empty: a patient's details).
Result<QJsonObject> readDetailsObject(const QString &fileOrDash, const QString &example = {});

} // namespace cd::cli
