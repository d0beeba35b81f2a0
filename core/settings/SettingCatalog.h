#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace cd {

// One configurable item: a QSettings key or, for secrets, a keychain key. The CLI (`config show`,
// `config set-credentials`) and the Settings dialog are both driven by this list, so they validate alike.
struct SettingDefinition
{
    enum class Kind
    {
        Text,
        Secret,
        Sid,
        PhoneList,
        Email,
        Region,
        Money,
        Integer,
        Bool,
        DatabaseUrl, // postgresql://USER@HOST:PORT/DATABASE?sslmode=…: checked by PostgresTarget::fromUrl
        TlsMode,     // how the database server is checked: verify-full, verify-ca, disable (this computer only)
        FilePath,    // an existing, readable file (the clinic's CA certificate)
        TimeZone,    // an IANA name (appointments)
        TimeOfDay,   // HH:mm
        HourList,    // "48,2" or "none"
        SmsTemplate  // an automatic text's template: no STOP/START-family word, known {fields}
    };

    QString id;     // stable short name, used for objectNames and --json ("accountSid")
    QString key;    // QSettings key, or the keychain key for secrets
    QString envVar; // per-process override (TWILIO_*), or empty
    Kind kind = Kind::Text;
    QString pattern;   // for Sid and Secret: the full-match regular expression
    const char *label; // QT_TRANSLATE_NOOP("cd::SettingCatalog", ...)
    const char *help;
    const char *formatHint; // shown when the pattern does not match
    int minimum = 0;
    int maximum = 0;

    bool isSecret() const { return kind == Kind::Secret; }
    QString translatedLabel() const;
    QString translatedHelp() const;
};

class SettingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(cd::SettingCatalog)
public:
    static const QList<SettingDefinition> &all();
    static const SettingDefinition *byId(const QString &id);
    static const SettingDefinition *byKey(const QString &key);
    static const SettingDefinition *byEnvVar(const QString &name);
    static QStringList environmentVariables(); // every accepted NAME of `config set-credentials`

    // Checks what a person typed and returns the value to store (numbers as numbers, phone numbers as
    // comma-separated E.164). An empty text gives an invalid QVariant: "not set". The error message says
    // what is wrong and what a valid value looks like.
    static Result<QVariant> validate(const SettingDefinition &definition, const QString &text,
                                     const QString &phoneRegion = QStringLiteral("US"));

    // "••••1234": never more than the last 4 characters, and nothing of a short secret.
    static QString mask(const QString &secret, QChar bullet = QChar(0x2022));
};

} // namespace cd
