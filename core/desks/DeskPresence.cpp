#include "core/desks/DeskPresence.h"

#include "core/desks/DeskLease.h"
#include "core/storage/Database.h"

namespace cd {

namespace {
QString activityName(DeskPresence::Activity activity)
{
    return activity == DeskPresence::Activity::Typing ? QStringLiteral("typing") : QStringLiteral("replied");
}
} // namespace

DeskPresence::DeskPresence(std::shared_ptr<Database> database, QString deskId)
    : m_database(std::move(database)), m_deskId(std::move(deskId))
{
}

Status<> DeskPresence::report(qint64 patientId, Activity activity, const QString &staff)
{
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto now = databaseNowMs(tx);
        if (!now)
            return now.error();
        // Upsert, the same words on both engines; old rows of every desk go at the same time.
        if (auto cleared = Database::exec(tx, QStringLiteral("DELETE FROM desk_presence WHERE (desk = ? AND "
                                                              "patient_id = ?) OR at_ms < ?"),
                                          {m_deskId, patientId, *now - FreshForMs});
            !cleared)
            return cleared.error();
        auto stored = Database::exec(tx,
                                     QStringLiteral("INSERT INTO desk_presence (desk, patient_id, staff, activity, "
                                                    "at_ms) VALUES (?, ?, ?, ?, ?)"),
                                     {m_deskId, patientId, staff, activityName(activity), *now});
        if (!stored)
            return stored.error();
        return Database::announce(tx, QStringLiteral("presence"), patientId);
    });
}

Result<QList<DeskPresence::Entry>> DeskPresence::othersIn(qint64 patientId) const
{
    QSqlDatabase db = m_database->connection();
    auto now = databaseNowMs(db);
    if (!now)
        return now.error();
    auto rows = Database::exec(db,
                               QStringLiteral("SELECT staff, activity, at_ms FROM desk_presence WHERE patient_id = ? "
                                              "AND desk <> ? AND at_ms >= ? ORDER BY at_ms DESC"),
                               {patientId, m_deskId, *now - FreshForMs});
    if (!rows)
        return rows.error();
    QList<Entry> entries;
    while (rows->next()) {
        Entry entry;
        entry.staff = rows->value(0).toString();
        entry.activity = rows->value(1).toString() == QLatin1String("typing") ? Activity::Typing : Activity::Replied;
        entry.ageMs = std::max<qint64>(0, *now - rows->value(2).toLongLong());
        entries << entry;
    }
    return entries;
}

QString DeskPresence::describe(const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    const Entry &newest = entries.constFirst();
    // Typing counts only while fresh (a few seconds); a reply is worth knowing for the whole minute.
    if (newest.activity == Activity::Typing && newest.ageMs <= 15000)
        return tr("%1 is typing a reply to this patient…").arg(newest.staff);
    for (const Entry &entry : entries) {
        if (entry.activity == Activity::Replied)
            return tr("%1 replied %n second(s) ago.", nullptr, int(entry.ageMs / 1000)).arg(entry.staff);
    }
    return {};
}

} // namespace cd
