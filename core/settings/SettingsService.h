#pragma once

#include "core/common/Result.h"
#include "core/settings/SettingsSnapshot.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QFileSystemWatcher;

namespace cd {

// Keeps the current SettingsSnapshot: read once, read again when the user's or IT's file changes on disk
// (another desk tool, the CLI, IT's deployment) or when a value is saved through it. Readers get the kept
// snapshot and never touch the disk. Thread-safe for reading (engine threads), lives in the thread it was
// created in (the watcher's events arrive there).
//
// One process-wide instance serves AppSettings' static getters; new code should take the snapshot (or the
// service) as a parameter instead of reaching for instance().
class SettingsService : public QObject
{
    Q_OBJECT
public:
    explicit SettingsService(QObject *parent = nullptr);
    ~SettingsService() override;

    // The process-wide service, made on first use (the GUI and the CLI call it at start, in the main thread).
    static SettingsService &instance();

    SettingsSnapshot snapshot() const;
    std::shared_ptr<const SettingsSnapshot> current() const; // the kept one, without a copy

    // Write the user's value (or remove it) and refresh. A locked key is refused ("settings.locked"), an
    // unwritable file reported ("settings.write-failed"). Values are not validated here: see SettingCatalog.
    Status<> setValue(const QString &key, const QVariant &value);
    Status<> removeValue(const QString &key);

    // A shared clinic database: its clinic-wide values (ClinicWideSettings) and how to change one there. While
    // attached, a clinic-wide key is written through `writer` instead of this computer's file (IT's locks still
    // refuse first). An empty writer detaches (values cleared).
    using ClinicWriter = std::function<Status<>(const QString &key, const QVariant &value)>;
    void attachClinic(ClinicWriter writer, const QHash<QString, QVariant> &values);
    void setClinicValues(const QHash<QString, QVariant> &values);
    bool hasClinic() const;

    // Reads both files again now; emits changed() when they say something new.
    void refresh();
    // How often the files were read: a diagnostic, and how tests prove that reading a value does not read files.
    int readCount() const;

Q_SIGNALS:
    void changed(const cd::SettingsSnapshot &snapshot);

private:
    void watchFiles(const SettingsSnapshot &snapshot);
    Status<> write(const QString &key, const QVariant &value);

    mutable QMutex m_mutex;
    std::shared_ptr<const SettingsSnapshot> m_current;
    ClinicWriter m_clinicWriter;
    QHash<QString, QVariant> m_clinicValues;
    int m_reads = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce; // a save is several file events (temporary file, rename): one refresh for all of them
    QTimer m_settle;   // and one more look once the file has settled
};

} // namespace cd
