#pragma once

#include "core/settings/AppSettings.h"
#include "core/settings/ClinicPolicy.h"
#include "core/settings/DeskPreferences.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// Every non-secret setting as it was when the files were last read: the user's values, IT's values and
// locks, and the typed ClinicPolicy / DeskPreferences built from them. A plain value: copy it, pass it on,
// compare it. Reading it never touches the disk; SettingsService makes a new one when the files change.
//
// The TWILIO_* environment overrides are the one exception: they are looked up when asked (a per-process
// value, cheap to read, and never cached so that a changed variable applies at once).
class SettingsSnapshot
{
public:
    // Reads the user's and IT's files once.
    static SettingsSnapshot read();

    const ClinicPolicy &policy() const { return m_policy; }
    const DeskPreferences &desk() const { return m_desk; }

    // The same precedence as AppSettings (environment > locked system value > user > system > default).
    QVariant value(const QString &key) const;
    SettingSource source(const QString &key) const;
    bool isLocked(const QString &key) const;
    QVariant userValue(const QString &key) const;   // invalid when the user has none
    QVariant systemValue(const QString &key) const; // invalid when IT set none
    QString userFileName() const { return m_userFile; }
    QString systemFileName() const { return m_systemFile; }

    // Equal when the files said the same things (what `changed` is about).
    friend bool operator==(const SettingsSnapshot &a, const SettingsSnapshot &b)
    {
        return a.m_user == b.m_user && a.m_system == b.m_system && a.m_locked == b.m_locked &&
               a.m_userFile == b.m_userFile && a.m_systemFile == b.m_systemFile;
    }
    friend bool operator!=(const SettingsSnapshot &a, const SettingsSnapshot &b) { return !(a == b); }

private:
    void buildTyped();

    QHash<QString, QVariant> m_user;
    QHash<QString, QVariant> m_system;
    QStringList m_locked; // IT's Locked/keys patterns
    QString m_userFile;
    QString m_systemFile;
    ClinicPolicy m_policy;
    DeskPreferences m_desk;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::SettingsSnapshot)
