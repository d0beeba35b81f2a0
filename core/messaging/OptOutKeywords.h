#pragma once

#include <QString>

namespace cd {

// Twilio's single-word keywords on long codes (twilio-api.md). Case-insensitive, surrounding blanks and trailing
// punctuation ignored; a keyword inside a sentence ("please stop calling") is NOT a keyword, as at Twilio.
namespace OptOutKeywords {

enum class Kind
{
    None,
    OptOut,
    OptIn,
    Help
};

Kind classify(const QString &body);
// True when an outgoing text already tells the patient how to opt out (so the opt-out line is not added twice).
bool mentionsOptOut(const QString &body);
// True when the text contains a word that Twilio would take as STOP if the patient replied with it alone
// (the "Reply CANCEL to cancel" trap), for template checks.
QString optOutWordIn(const QString &body);

} // namespace OptOutKeywords
} // namespace cd
