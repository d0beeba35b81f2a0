#pragma once

#include <QString>

namespace cd::OsAccount {

// The account this process runs as, asked of the operating system (getpwuid(geteuid()) on Unix, GetUserNameW on
// Windows), never of environment variables such as $USER, which anyone can set.
QString name();
// This computer's host name, for audit rows.
QString hostName();

} // namespace cd::OsAccount
