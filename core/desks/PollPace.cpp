#include "core/desks/PollPace.h"

#include "core/desks/DeskLease.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace cd {

PollPace::PollPace(std::shared_ptr<Database> database, QString deskId)
    : m_database(std::move(database)), m_deskId(std::move(deskId))
{
}

Result<PollPace::Shared> PollPace::publish(qint64 wantedIntervalMs)
{
    Shared shared;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto now = databaseNowMs(tx);
        if (!now)
            return now.error();
        // The clinic's pace before this wish (this desk's old one included), and the other desks' alone.
        auto before = Database::exec(tx,
                                     QStringLiteral("SELECT MIN(interval_ms), MIN(CASE WHEN desk <> ? THEN interval_ms "
                                                    "END) FROM poll_pace WHERE expires_ms > ?"),
                                     {m_deskId, *now});
        if (!before)
            return before.error();
        const bool any = before->next();
        const qint64 previous = any && !before->isNull(0) ? before->value(0).toLongLong() : 0;
        const qint64 others = any && !before->isNull(1) ? before->value(1).toLongLong() : 0;
        before->finish();
        // Outlives the gap to this desk's next cycle (its own interval) with room for a slow one.
        const qint64 expires = *now + 2 * wantedIntervalMs + 5000;
        if (auto cleared = Database::exec(tx, QStringLiteral("DELETE FROM poll_pace WHERE desk = ? OR expires_ms < ?"),
                                          {m_deskId, *now});
            !cleared)
            return cleared.error();
        if (auto stored = Database::exec(
                tx, QStringLiteral("INSERT INTO poll_pace (desk, interval_ms, expires_ms) VALUES (?, ?, ?)"),
                {m_deskId, wantedIntervalMs, expires});
            !stored)
            return stored.error();
        shared.clinicIntervalMs = others > 0 ? std::min(others, wantedIntervalMs) : wantedIntervalMs;
        // A faster wish wakes the polling desk at once instead of at the end of its (slower) interval.
        shared.raised = previous > 0 && wantedIntervalMs < previous;
        if (shared.raised)
            return Database::announce(tx, QStringLiteral("pace"));
        return Ok{};
    });
    if (!written)
        return written.error();
    return shared;
}

Status<> PollPace::withdraw()
{
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto done = Database::exec(tx, QStringLiteral("DELETE FROM poll_pace WHERE desk = ?"), {m_deskId});
        if (!done)
            return done.error();
        return Ok{};
    });
}

} // namespace cd
