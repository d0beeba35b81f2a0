#pragma once

#include <QString>

namespace cd {

// The "Reply CANCEL to cancel your appointment" trap: a patient who answers with an opt-out word alone is opted
// out of ALL texts by Twilio. Finds an opt-out word used as an instruction in an outgoing text ("reply CANCEL",
// "text END", or the word in capitals); the clinic's own "Reply STOP to opt out" is not flagged.
// Returns the word as written, or an empty string.
QString optOutInstructionIn(const QString &text);

} // namespace cd
