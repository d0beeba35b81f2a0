#pragma once

#include <QString>

namespace cd::DeskIdentity {

// This process among all desks of the clinic: host, process id and a random part (a pid is reused after a restart).
QString processId();
// For people: "frontdesk-2 (Maria)" — the computer's name and, when someone is signed in, the staff member.
QString label();

} // namespace cd::DeskIdentity
