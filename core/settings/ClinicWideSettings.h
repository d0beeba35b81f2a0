#pragma once

#include <QString>

namespace cd::ClinicWideSettings {

// The clinic's policy keys (the ClinicPolicy side: clinic name and region, opt-out line, consent rule, prices and
// message timing, appointment quiet hours, reminder rules and templates, intake templates). On a shared clinic
// database they live there, one value for every desk; the rest (poll intervals, this computer's notifications, the
// database address itself) stays per desk.
bool isClinicWide(const QString &key);

} // namespace cd::ClinicWideSettings
