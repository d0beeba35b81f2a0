#pragma once

#include <QString>

namespace cd {

// The operating-system user name, recorded in audit rows as "who".
QString osUserName();

} // namespace cd
