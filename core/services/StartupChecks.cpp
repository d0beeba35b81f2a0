#include "core/services/StartupChecks.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseBackup.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcStartupChecks, "clinicdesk.startup.checks")

namespace cd {

StartupChecks::StartupChecks(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
}

StartupChecks::~StartupChecks()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool StartupChecks::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StartupChecks::start(int backupRetentionDays)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, database = m_database, backupRetentionDays] {
        QElapsedTimer timer;
        timer.start();
        const Status<> intact = database->checkIntegrity();
        qCInfo(lcStartupChecks) << "integrity check" << (intact ? "passed" : "FAILED") << "in" << timer.elapsed()
                                << "ms";
        if (intact && database->backend() == Database::Backend::Sqlite) {
            // A failure (a full disk) is logged and never stops the desk from working.
            auto daily = DatabaseBackup::dailyIfDue(*database, backupRetentionDays, Clock::instance().nowUtc());
            if (!daily)
                qCWarning(lcStartupChecks).noquote() << daily.error().message;
        }
        database->closeThreadConnection();
        const QString problem = intact ? QString() : intact.error().message;
        // Delivered on the owner's thread; the destructor waits for this thread, so `this` is still there.
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                if (!problem.isEmpty())
                    emit damaged(problem);
                emit finished(problem.isEmpty());
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("clinicdesk-startup-checks"));
    m_thread->start(QThread::LowPriority);
}

} // namespace cd
