#include "core/secrets/CredentialInput.h"

#include <QSet>

namespace cd {

namespace {

// Adds one NAME=VALUE; `where` is "line 3" or "TWILIO_AUTH_TOKEN" for messages.
void addAssignment(CredentialInput &input, QSet<QString> &seen, const QString &name, const QString &value,
                   const QString &where, int line, const QString &region)
{
    const SettingDefinition *definition = SettingCatalog::byEnvVar(name);
    if (!definition) {
        input.problems.append(CredentialInputParser::tr("%1: unknown name \"%2\"; expected one of %3.")
                                  .arg(where, name, SettingCatalog::environmentVariables().join(QStringLiteral(", "))));
        return;
    }
    if (seen.contains(name)) {
        input.problems.append(CredentialInputParser::tr("%1: %2 is given twice.").arg(where, name));
        return;
    }
    seen.insert(name);
    if (value.trimmed().isEmpty()) {
        input.problems.append(CredentialInputParser::tr("%1: %2 has no value. To remove the secrets, use "
                                                        "\"clinicdesk-cli config clear-credentials\".")
                                  .arg(where, name));
        return;
    }
    auto validated = SettingCatalog::validate(*definition, value, region);
    if (!validated) {
        input.problems.append(CredentialInputParser::tr("%1: %2 (%3)").arg(where, validated.error().message, name));
        return;
    }
    input.changes.append(SettingChange{definition, validated.value(), line});
}

} // namespace

CredentialInput CredentialInputParser::parseLines(const QString &text, const QString &phoneRegion)
{
    CredentialInput input;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QString where = tr("line %1").arg(i + 1);
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            input.problems.append(tr("%1: expected NAME=VALUE, e.g. TWILIO_ACCOUNT_SID=AC…").arg(where));
            continue;
        }
        addAssignment(input, seen, trimmed.left(equals).trimmed(), trimmed.mid(equals + 1).trimmed(), where, i + 1,
                      phoneRegion);
    }
    if (input.problems.isEmpty() && input.changes.isEmpty())
        input.problems.append(tr("No NAME=VALUE lines were given on standard input."));
    return input;
}

CredentialInput CredentialInputParser::fromEnvironment(const QProcessEnvironment &environment,
                                                       const QString &phoneRegion)
{
    CredentialInput input;
    QSet<QString> seen;
    for (const QString &name : SettingCatalog::environmentVariables()) {
        const QString value = environment.value(name);
        if (value.isEmpty())
            continue;
        addAssignment(input, seen, name, value.trimmed(), name, 0, phoneRegion);
    }
    if (input.problems.isEmpty() && input.changes.isEmpty())
        input.problems.append(tr("None of %1 is set in the environment.")
                                  .arg(SettingCatalog::environmentVariables().join(QStringLiteral(", "))));
    return input;
}

} // namespace cd
