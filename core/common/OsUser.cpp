#include "core/common/OsUser.h"

#include "core/security/OsAccount.h"

namespace cd {

QString osUserName()
{
    // From the operating system, not $USER: an environment variable would let anyone name someone else.
    return OsAccount::name();
}

} // namespace cd
