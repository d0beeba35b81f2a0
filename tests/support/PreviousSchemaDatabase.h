#pragma once

#include <QString>

namespace cd::test {

// The schema of the version before the conversation summaries and the search index.
constexpr int PreviousSchema = 7;

// Every migration up to PreviousSchema on a raw connection, then `messages` messages over 100 patients: a history
// that opening with this build updates once (long from 20,000 messages: SchemaUpgrade::isLong).
bool makePreviousSchemaDatabase(const QString &file, int messages);

} // namespace cd::test
