#pragma once

#include "core/common/Result.h"
#include "core/patients/PatientImporter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cd {
class Database;
class PatientStore;
} // namespace cd

namespace cd {

// Runs one CSV import on a worker thread (the importer uses that thread's own database connection) and reports
// progress and the result back on the GUI thread. Cancel stops between batches; what was imported stays.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    // Imports into the database of `patients`, with its phone region.
    explicit ImportRunner(const PatientStore &patients, QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void finished(const cd::Result<cd::ImportReport> &result);

private:
    std::shared_ptr<Database> m_database;
    QString m_region;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; runs the imports
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace cd
