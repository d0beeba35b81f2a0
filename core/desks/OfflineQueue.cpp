#include "core/desks/OfflineQueue.h"

#include "core/messaging/MessagingService.h"
#include "core/messaging/Outbox.h"
#include "core/security/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOffline, "clinicdesk.offline")

namespace cd {

namespace {
int connectionCounter = 0;
} // namespace

bool OfflineQueue::isRefusal(const Error &error)
{
    static const QStringList refusals{QStringLiteral("send.no-phone"),   QStringLiteral("send.opted-out"),
                                      QStringLiteral("send.no-consent"), QStringLiteral("send.empty"),
                                      QStringLiteral("send.too-long"),   QStringLiteral("patient.not-found")};
    return refusals.contains(error.code);
}

OfflineQueue::OfflineQueue(const QString &dataDir, QObject *parent)
    : QObject(parent), m_file(QDir(dataDir).filePath(QStringLiteral("clinicdesk-offline.sqlite"))),
      m_connection(QStringLiteral("clinicdesk-offline-%1").arg(++connectionCounter))
{
    OwnerOnlyFiles::makeDataFolder(dataDir);
    // On a shared server this folder holds the only local patient data (texts waiting, photos): a folder made by an
    // older version, or by hand, is tightened here as the SQLite database's folder is when it opens.
    OwnerOnlyFiles::tighten(dataDir);
    ScopedOwnerOnlyUmask ownerOnly; // the file holds message texts: 0600 from its creation
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    if (!db.open()) {
        qCWarning(lcOffline) << "cannot open the offline queue:" << db.lastError().text();
        return;
    }
    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS waiting (client_id TEXT PRIMARY KEY, patient_id "
                                    "INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL)")))
        qCWarning(lcOffline) << "cannot prepare the offline queue:" << create.lastError().text();
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

OfflineQueue::~OfflineQueue()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool OfflineQueue::isConnectionError(const Error &error)
{
    return error.code == QLatin1String("db.offline") || error.code == QLatin1String("db.unreachable");
}

Result<OfflineQueue::Entry> OfflineQueue::hold(qint64 patientId, const QString &body)
{
    Entry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), patientId, body, QDateTime::currentDateTimeUtc()};
    QSqlQuery insert(QSqlDatabase::database(m_connection));
    insert.prepare(QStringLiteral("INSERT INTO waiting (client_id, patient_id, body, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(entry.clientId);
    insert.addBindValue(patientId);
    insert.addBindValue(body);
    insert.addBindValue(entry.createdAt.toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return makeError(QStringLiteral("offline.write-failed"),
                         tr("The text could not be kept on this computer either (%1); it stays in the field.")
                             .arg(insert.lastError().text()));
    qCInfo(lcOffline) << "text kept on this computer until the clinic database is back";
    emit changed();
    return entry;
}

QList<OfflineQueue::Entry> OfflineQueue::waiting(qint64 patientId) const
{
    QSqlQuery select(QSqlDatabase::database(m_connection));
    select.prepare(QStringLiteral("SELECT client_id, patient_id, body, created_at FROM waiting WHERE ? = 0 OR "
                                  "patient_id = ? ORDER BY created_at, rowid"));
    select.addBindValue(patientId);
    select.addBindValue(patientId);
    QList<Entry> entries;
    if (!select.exec())
        return entries;
    while (select.next())
        entries << Entry{select.value(0).toString(), select.value(1).toLongLong(), select.value(2).toString(),
                         QDateTime::fromString(select.value(3).toString(), Qt::ISODateWithMs)};
    return entries;
}

int OfflineQueue::count() const
{
    QSqlQuery select(QSqlDatabase::database(m_connection));
    return select.exec(QStringLiteral("SELECT count(*) FROM waiting")) && select.next() ? select.value(0).toInt() : 0;
}

bool OfflineQueue::remove(const QString &clientId)
{
    QSqlQuery del(QSqlDatabase::database(m_connection));
    del.prepare(QStringLiteral("DELETE FROM waiting WHERE client_id = ?"));
    del.addBindValue(clientId);
    return del.exec();
}

int OfflineQueue::flush(MessagingService &messaging)
{
    if (m_flushing)
        return 0; // a refusal's handler may reconnect and flush again
    m_flushing = true;
    int moved = 0;
    bool removedAny = false;
    for (const Entry &entry : waiting()) {
        QueueOptions options;
        options.purposeRef = QLatin1String(RefPrefix) + entry.clientId;
        options.oncePerRef = true;
        auto queued = messaging.send(entry.patientId, entry.body, options);
        if (!queued && !isRefusal(queued.error()))
            break; // still away, or messaging not started yet: everything stays for the next try
        // On the server now (or refused there): only then does it leave this file. A crash in between replays it,
        // and the outbox finds it by its id.
        remove(entry.clientId);
        removedAny = true;
        if (queued) {
            ++moved;
        } else {
            qCInfo(lcOffline) << "a kept text was refused:" << queued.error().code;
            emit refused(entry.patientId, entry.body, queued.error().message);
        }
    }
    m_flushing = false;
    if (removedAny)
        emit changed();
    if (moved > 0)
        qCInfo(lcOffline) << moved << "kept text(s) moved to the clinic outbox";
    return moved;
}

} // namespace cd
