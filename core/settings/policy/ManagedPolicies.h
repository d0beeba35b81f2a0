#pragma once

#include "core/settings/policy/PolicySource.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// The settings IT has locked on this computer, checked against the one schema every OS shares: a policy's name
// is a setting key that `config show` lists, its value is checked as `config set` checks one. Every non-secret
// setting can be managed; a secret never is (IT provisions those with `clinicdesk-cli config set-credentials`).
// A managed value wins over the user's file, the TWILIO_* environment and IT's QSettings defaults.
//
// Sources: Linux /etc/clinicdesk/policies/*.json (PolicyDirectory), Windows HKLM/HKCU
// Software\Policies\ClinicDesk\ClinicDesk, macOS forced managed preferences (PlatformPolicies).
class ManagedPolicies
{
    Q_DECLARE_TR_FUNCTIONS(cd::ManagedPolicies)
public:
    // This computer's policies, read now.
    static ManagedPolicies read();
    // Checks what the sources gave (later entries win) against the schema.
    static ManagedPolicies fromRaw(const RawPolicies &raw);
    // Every key a policy may set: the non-secret settings of SettingCatalog.
    static QStringList manageableKeys();

    bool isManaged(const QString &key) const { return m_values.contains(key); }
    QVariant value(const QString &key) const { return m_values.value(key); }
    QString origin(const QString &key) const { return m_origins.value(key); } // a file or registry path
    QStringList keys() const { return m_values.keys(); }
    // Policies that were ignored and why, for IT (`config show`, the log). Never contains a value.
    QStringList problems() const { return m_problems; }

    friend bool operator==(const ManagedPolicies &a, const ManagedPolicies &b)
    {
        return a.m_values == b.m_values && a.m_origins == b.m_origins && a.m_problems == b.m_problems;
    }

private:
    QHash<QString, QVariant> m_values;
    QHash<QString, QString> m_origins;
    QStringList m_problems;
};

} // namespace cd
