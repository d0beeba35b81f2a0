#include "core/settings/SettingsService.h"

#include "core/settings/ClinicWideSettings.h"
#include "core/settings/SettingsFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QThread>

Q_LOGGING_CATEGORY(lcSettings, "clinicdesk.settings")

namespace cd {

namespace {
QMutex s_instanceMutex;
QPointer<SettingsService> s_instance;
} // namespace

SettingsService::SettingsService(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    qRegisterMetaType<SettingsSnapshot>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(50);
    connect(&m_debounce, &QTimer::timeout, this, &SettingsService::refresh);
    // A second look a little later: a save is a temporary file and a rename, and the first look may land between
    // the two (the rename's own event can then arrive while the watch on the replaced file is being dropped).
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, &SettingsService::refresh);
    const auto schedule = [this]() {
        m_debounce.start();
        m_settle.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, schedule);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, schedule);
    auto first = std::make_shared<const SettingsSnapshot>(SettingsSnapshot::read());
    m_current = first;
    m_reads = 1;
    watchFiles(*first);
}

SettingsService::~SettingsService() = default;

SettingsService &SettingsService::instance()
{
    QMutexLocker lock(&s_instanceMutex);
    if (!s_instance) {
        QCoreApplication *app = QCoreApplication::instance();
        const bool mainThread = app && QThread::currentThread() == app->thread();
        // Owned by the application when there is one (deleted with it); the watcher must live in its thread.
        auto *service = new SettingsService(mainThread ? app : nullptr);
        if (app && !mainThread)
            service->moveToThread(app->thread());
        s_instance = service;
    }
    return *s_instance;
}

SettingsSnapshot SettingsService::snapshot() const
{
    return *current();
}

std::shared_ptr<const SettingsSnapshot> SettingsService::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

int SettingsService::readCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_reads;
}

void SettingsService::attachClinic(ClinicWriter writer, const QHash<QString, QVariant> &values)
{
    {
        QMutexLocker lock(&m_mutex);
        m_clinicWriter = std::move(writer);
        m_clinicValues = m_clinicWriter ? values : QHash<QString, QVariant>();
    }
    refresh();
}

void SettingsService::setClinicValues(const QHash<QString, QVariant> &values)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_clinicWriter || m_clinicValues == values)
            return;
        m_clinicValues = values;
    }
    refresh();
}

bool SettingsService::hasClinic() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_clinicWriter);
}

void SettingsService::refresh()
{
    QHash<QString, QVariant> clinic;
    {
        QMutexLocker lock(&m_mutex);
        clinic = m_clinicValues;
    }
    auto fresh = std::make_shared<const SettingsSnapshot>(SettingsSnapshot::read(clinic));
    bool differs = false;
    {
        QMutexLocker lock(&m_mutex);
        ++m_reads;
        differs = *fresh != *m_current;
        if (differs)
            m_current = fresh;
    }
    if (QThread::currentThread() == thread())
        watchFiles(*fresh); // an atomic replace (QSaveFile's rename) drops the watch on the old file
    else
        QMetaObject::invokeMethod(
            this, [this, fresh]() { watchFiles(*fresh); }, Qt::QueuedConnection);
    if (!differs)
        return;
    qCInfo(lcSettings) << "settings changed; read" << readCount() << "times";
    if (QThread::currentThread() == thread())
        Q_EMIT changed(*fresh);
    else // a save from an engine thread: listeners hear it in the service's thread
        QMetaObject::invokeMethod(
            this, [this, fresh]() { Q_EMIT changed(*fresh); }, Qt::QueuedConnection);
}

void SettingsService::watchFiles(const SettingsSnapshot &snapshot)
{
    QStringList wanted;
    for (const QString &file : {snapshot.userFileName(), snapshot.systemFileName()}) {
        const QFileInfo info(file);
        if (info.exists())
            wanted << info.absoluteFilePath();
        // The folder too (or the nearest one that exists): it tells when a missing file or folder is created.
        QDir dir = info.dir();
        for (int up = 0; up < 2 && !dir.exists(); ++up)
            dir.setPath(QFileInfo(dir.absolutePath()).path());
        if (dir.exists())
            wanted << dir.absolutePath();
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList missing;
    for (const QString &path : std::as_const(wanted))
        if (!watched.contains(path) && !missing.contains(path))
            missing << path;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

Status<> SettingsService::setValue(const QString &key, const QVariant &value)
{
    return write(key, value);
}

Status<> SettingsService::removeValue(const QString &key)
{
    return write(key, QVariant());
}

Status<> SettingsService::write(const QString &key, const QVariant &value)
{
    if (current()->isLocked(key))
        return makeError(
            QStringLiteral("settings.locked"),
            AppSettings::tr("\"%1\" cannot be changed here: Managed by your IT department. Ask IT to change it.")
                .arg(key));
    ClinicWriter clinic;
    {
        QMutexLocker lock(&m_mutex);
        clinic = m_clinicWriter;
    }
    if (clinic && ClinicWideSettings::isClinicWide(key))
        return clinic(key, value); // the writer reads the clinic's values back (setClinicValues)
    auto settings = SettingsFiles::user();
    if (value.isValid())
        settings->setValue(key, value);
    else
        settings->remove(key);
    settings->sync();
    const bool failed = settings->status() != QSettings::NoError;
    const QString file = QDir::toNativeSeparators(settings->fileName());
    settings.reset();
    refresh();
    if (failed && value.isValid())
        return makeError(QStringLiteral("settings.write-failed"),
                         AppSettings::tr("The settings file %1 could not be written. Check that the folder exists "
                                         "and that you may write to it.")
                             .arg(file));
    if (failed)
        return makeError(QStringLiteral("settings.write-failed"),
                         AppSettings::tr("The settings file %1 could not be written.").arg(file));
    return Ok{};
}

} // namespace cd
