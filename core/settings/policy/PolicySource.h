#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// One value IT set, as read from a policy source and before it is checked against the schema.
struct RawPolicy
{
    QString key;    // the setting key `config show` lists ("clinic/name")
    QVariant value; // a JSON value, a registry value or a CFPreferences value
    QString origin; // where it came from, for people: a file name or a registry path
};

// What one source (a folder of JSON files, a registry key, the managed preferences) gave.
struct RawPolicies
{
    QList<RawPolicy> entries; // later entries win over earlier ones
    QStringList problems;     // what was ignored and why (never a value)
};

} // namespace cd
