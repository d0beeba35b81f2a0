#pragma once

#include "core/common/Result.h"
#include "core/settings/SettingCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace cd {

class Database;
class SecretStore;

// One change to make: a validated value, or an invalid QVariant to remove it (secret deleted from the
// keychain, user setting removed so IT's default or the product default applies again).
struct SettingChange
{
    const SettingDefinition *definition = nullptr;
    QVariant value;
    int line = 0; // where it came from, for messages (0 = not from a file)
};

// Applies changes all-or-nothing: locked settings are refused before anything is written; secrets go to the
// keychain, the rest to the user's settings; if any step fails, what was already written is put back. Every
// change leaves an audit row (who, when, which setting; never the value) in the same database transaction
// that confirms the change.
class SettingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::SettingsWriter)
public:
    SettingsWriter(SecretStore &store, Database &database) : m_store(store), m_database(database) {}

    // Blocks on a local event loop while the keychain works.
    Status<> apply(const QList<SettingChange> &changes);
    // Removes every secret from the keychain.
    Status<> clearSecrets();
    // Why a setting locked by IT is refused: the same words for the dialog, `config set` and apply().
    static Error lockedError(const SettingDefinition &definition);

private:
    SecretStore &m_store;
    Database &m_database;
};

} // namespace cd
