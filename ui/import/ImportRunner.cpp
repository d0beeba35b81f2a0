#include "import/ImportRunner.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcImportRunner, "clinicdesk.ui.import")

namespace cd::ui {

ImportRunner::ImportRunner(std::shared_ptr<Database> database, QString phoneRegion, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_region(std::move(phoneRegion))
{
}

ImportRunner::~ImportRunner()
{
    // Never leave a thread writing to the database behind: ask it to stop and wait (it stops between batches).
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportRunner::start(const QString &path)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportRunner> self(this);
    auto cancelFlag = m_cancel;
    auto database = m_database;
    const QString region = m_region;
    qCInfo(lcImportRunner) << "importing" << path;
    m_thread = QThread::create([self, cancelFlag, database, region, path] {
        PatientImporter importer(database, region);
        auto progressToGui = [self](int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                }, Qt::QueuedConnection);
        };
        Result<ImportReport> result = importer.importFile(path, progressToGui, cancelFlag.get());
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, result] {
                if (self)
                    emit self->finished(result);
            }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("patient-import"));
    m_thread->start();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cd::ui
