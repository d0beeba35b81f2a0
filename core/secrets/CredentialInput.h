#pragma once

#include "core/secrets/SettingsWriter.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace cd {

// Parsed `NAME=VALUE` input for `config set-credentials`: the changes, or every problem found (each naming its
// line or variable). Changes are only applied when there are no problems, so nothing is half-saved.
struct CredentialInput
{
    QList<SettingChange> changes;
    QStringList problems;
    bool ok() const { return problems.isEmpty() && !changes.isEmpty(); }
};

class CredentialInputParser
{
    Q_DECLARE_TR_FUNCTIONS(cd::CredentialInputParser)
public:
    // Blank lines and lines starting with # are ignored. Names are the environment variable names
    // (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, ...). Values are never echoed in problems for secrets.
    static CredentialInput parseLines(const QString &text, const QString &phoneRegion);
    // The same names taken from `environment`; unset or empty variables are skipped.
    static CredentialInput fromEnvironment(const QProcessEnvironment &environment, const QString &phoneRegion);
};

} // namespace cd
