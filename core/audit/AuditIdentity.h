#pragma once

#include <QString>

namespace cd::AuditIdentity {

// The staff account signed in at this desk (empty: nobody; the OS account is then the identity). Read by every
// audit row, from any thread.
void setStaff(const QString &displayName);
QString staff();
// The OS account and host, read from the operating system once per process.
QString osUser();
QString host();
// What an audit row's `actor` shows: the staff account, else the OS account.
QString actor();

} // namespace cd::AuditIdentity
