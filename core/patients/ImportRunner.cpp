#include "core/patients/ImportRunner.h"

#include "core/patients/PatientStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcImportRunner, "clinicdesk.import")

namespace cd {

ImportRunner::ImportRunner(const PatientStore &patients, QObject *parent)
    : QObject(parent), m_database(patients.database()), m_region(patients.validator().region())
{
}

ImportRunner::~ImportRunner()
{
    // Never leave a thread writing to the database behind: ask it to stop and wait (it stops between batches).
    if (m_thread) {
        if (m_cancel)
            m_cancel->store(true);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool ImportRunner::isRunning() const
{
    return m_running;
}

void ImportRunner::start(const QString &path)
{
    if (m_running)
        return;
    if (!m_thread) {
        // One long-lived thread for every import: the database keeps one connection per thread, and a thread
        // created per import could reuse a finished thread's address and so its stale connection.
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("patient-import"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportRunner> self(this);
    auto cancelFlag = m_cancel;
    auto database = m_database;
    const QString region = m_region;
    qCInfo(lcImportRunner) << "importing" << path;
    QMetaObject::invokeMethod(
        m_worker,
        [self, cancelFlag, database, region, path] {
            PatientImporter importer(database, region);
            // Runs on the import thread; `self` is only dereferenced back on the GUI thread.
            auto progressToGui = [self](int done, int total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            };
            Result<ImportReport> result = importer.importFile(path, progressToGui, cancelFlag.get());
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    if (!self)
                        return;
                    self->m_running = false;
                    emit self->finished(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cd
