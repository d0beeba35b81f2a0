#pragma once

#include "core/settings/AppSettings.h"
#include "core/settings/ClinicPolicy.h"
#include "core/settings/DeskPreferences.h"
#include "core/settings/policy/ManagedPolicies.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// Every non-secret setting as it was when the files were last read: the user's values, IT's defaults (the
// QSettings system scope), IT's policies (ManagedPolicies: the only locks), and the typed ClinicPolicy /
// DeskPreferences built from them. A plain value: copy it, pass it on, compare it. Reading it never touches the disk;
// SettingsService makes a new one when the files change.
//
// The TWILIO_* environment overrides are the one exception: they are looked up when asked (a per-process
// value, cheap to read, and never cached so that a changed variable applies at once).
class SettingsSnapshot
{
public:
    // Reads the user's and IT's files and IT's policies once. `clinic`: the clinic-wide values of a shared clinic
    // database (ClinicSettingsStore), above the user's and IT's defaults, below IT's policies and the environment.
    static SettingsSnapshot read(const QHash<QString, QVariant> &clinic = {});

    const ClinicPolicy &policy() const { return m_policy; }
    const DeskPreferences &desk() const { return m_desk; }

    // The same precedence as AppSettings (policy > environment > user > system > default).
    QVariant value(const QString &key) const;
    SettingSource source(const QString &key) const;
    bool isLocked(const QString &key) const { return m_policies.isManaged(key); } // managed by IT's policy
    const ManagedPolicies &policies() const { return m_policies; }
    QVariant userValue(const QString &key) const;   // invalid when the user has none
    QVariant systemValue(const QString &key) const; // invalid when IT set none
    QVariant clinicValue(const QString &key) const { return m_clinic.value(key); } // the shared database's
    QString userFileName() const { return m_userFile; }
    QString systemFileName() const { return m_systemFile; }

    // Equal when the files said the same things (what `changed` is about).
    friend bool operator==(const SettingsSnapshot &a, const SettingsSnapshot &b)
    {
        return a.m_user == b.m_user && a.m_system == b.m_system && a.m_clinic == b.m_clinic &&
               a.m_policies == b.m_policies &&
               a.m_userFile == b.m_userFile && a.m_systemFile == b.m_systemFile;
    }
    friend bool operator!=(const SettingsSnapshot &a, const SettingsSnapshot &b) { return !(a == b); }

private:
    void buildTyped();

    QHash<QString, QVariant> m_user;
    QHash<QString, QVariant> m_system;
    QHash<QString, QVariant> m_clinic;
    ManagedPolicies m_policies;
    QString m_userFile;
    QString m_systemFile;
    ClinicPolicy m_policy;
    DeskPreferences m_desk;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::SettingsSnapshot)
