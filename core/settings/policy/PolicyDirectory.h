#pragma once

#include "core/settings/policy/PolicySource.h"

#include <QString>

namespace cd::PolicyDirectory {

// IT's policy files on Linux (and other Unix systems): every *.json in /etc/clinicdesk/policies, each a JSON
// object whose names are setting keys. A fixed path, never taken from the environment, so a user cannot point
// ClinicDesk elsewhere; the folder and each file must belong to root and be writable by nobody else, otherwise
// they are ignored (and the reason reported).
QString path();

// Test programs only (the test targets define CLINICDESK_TEST_POLICY_DIR; nothing in the shipped executables
// calls this): read DIR instead, and accept files owned by the user running the test.
void useForTests(const QString &dir);

// Reads DIR: files in name order, a later file wins for a key both set. requiredOwner is the uid the folder and
// the files must belong to (0 in production).
RawPolicies read(const QString &dir, uint requiredOwner);

// read(path(), the owner path() requires).
RawPolicies readInstalled();

} // namespace cd::PolicyDirectory
