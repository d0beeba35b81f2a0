#include "core/staff/StaffDirectory.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/staff/PinHasher.h"
#include "core/storage/Database.h"

#include <QLocale>

#include <algorithm>

namespace cd {

namespace {

const QString SelectAccount = QStringLiteral(
    "SELECT id, display_name, role, disabled, locked_until, pin_salt, pin_hash, pin_iterations, failed_attempts, "
    "lockouts FROM staff");

struct StoredAccount
{
    StaffAccount account;
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
    int failedAttempts = 0;
    int lockouts = 0;
};

StoredAccount storedFrom(const QSqlQuery &q)
{
    StoredAccount s;
    s.account.id = q.value(0).toLongLong();
    s.account.displayName = q.value(1).toString();
    s.account.role = q.value(2).toString();
    s.account.disabled = q.value(3).toInt() != 0;
    if (!q.value(4).isNull())
        s.account.lockedUntil = fromDbTime(q.value(4).toString());
    s.salt = QByteArray::fromBase64(q.value(5).toString().toLatin1());
    s.hash = QByteArray::fromBase64(q.value(6).toString().toLatin1());
    s.iterations = q.value(7).toInt();
    s.failedAttempts = q.value(8).toInt();
    s.lockouts = q.value(9).toInt();
    return s;
}

QString nameKey(const QString &displayName)
{
    return displayName.simplified().toCaseFolded();
}

Result<StoredAccount> load(const Database &database, const QString &nameOrId)
{
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    auto query = numeric ? database.exec(SelectAccount + QStringLiteral(" WHERE id = ?"), {id})
                         : database.exec(SelectAccount + QStringLiteral(" WHERE name_key = ?"), {nameKey(nameOrId)});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(QStringLiteral("staff.unknown"),
                         StaffDirectory::tr("There is no staff account \"%1\".").arg(nameOrId));
    return storedFrom(*query);
}

// True when `id` is the only enabled administrator.
Result<bool> isLastAdmin(QSqlDatabase &tx, qint64 id)
{
    auto others = Database::exec(
        tx, QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND disabled = 0 AND id <> ?"), {id});
    if (!others)
        return others.error();
    return !others->next() || others->value(0).toInt() == 0;
}

Status<> refuseLastAdmin(QSqlDatabase &tx, const StaffAccount &account)
{
    if (account.role != QLatin1String("admin") || account.disabled)
        return Ok{};
    auto last = isLastAdmin(tx, account.id);
    if (!last)
        return last.error();
    if (*last)
        return makeError(QStringLiteral("staff.last-admin"),
                         StaffDirectory::tr("\"%1\" is the only administrator. Make someone else an administrator "
                                            "first.")
                             .arg(account.displayName));
    return Ok{};
}

} // namespace

QString StaffDirectory::byActingAdmin(const QString &details) const
{
    return m_actingAdmin.isEmpty() ? details : QStringLiteral("%1, by %2").arg(details, m_actingAdmin);
}

StaffDirectory::StaffDirectory(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Status<> StaffDirectory::checkPin(const QString &pin)
{
    if (pin.size() < MinPinLength)
        return makeError(QStringLiteral("staff.pin-too-short"),
                         tr("A PIN needs at least %1 characters.").arg(MinPinLength));
    return Ok{};
}

Result<QList<StaffAccount>> StaffDirectory::list() const
{
    auto query = m_database->exec(SelectAccount + QStringLiteral(" ORDER BY name_key"));
    if (!query)
        return query.error();
    QList<StaffAccount> accounts;
    while (query->next())
        accounts << storedFrom(*query).account;
    return accounts;
}

Result<bool> StaffDirectory::isEmpty() const
{
    auto query = m_database->exec(QStringLiteral("SELECT COUNT(*) FROM staff"));
    if (!query)
        return query.error();
    return !query->next() || query->value(0).toInt() == 0;
}

Result<StaffAccount> StaffDirectory::find(const QString &nameOrId) const
{
    auto stored = load(*m_database, nameOrId);
    if (!stored)
        return stored.error();
    return stored->account;
}

Result<StaffAccount> StaffDirectory::add(const QString &displayName, const QString &role, const QString &pin) const
{
    const QString name = displayName.simplified();
    if (name.isEmpty())
        return makeError(QStringLiteral("staff.no-name"), tr("A staff account needs a name."));
    if (role != QLatin1String("admin") && role != QLatin1String("staff"))
        return makeError(QStringLiteral("staff.bad-role"),
                         tr("The role \"%1\" is not known; use admin or staff.").arg(role));
    if (auto checked = checkPin(pin); !checked)
        return checked.error();
    const QByteArray salt = PinHasher::newSalt();
    const QByteArray hash = PinHasher::derive(pin, salt, PinHasher::Iterations);
    StaffAccount account;
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto existing =
            Database::exec(tx, QStringLiteral("SELECT COUNT(*) FROM staff WHERE name_key = ?"), {nameKey(name)});
        if (!existing)
            return existing.error();
        if (existing->next() && existing->value(0).toInt() > 0)
            return makeError(QStringLiteral("staff.exists"), tr("There is already a staff account \"%1\".").arg(name));
        auto count = Database::exec(tx, QStringLiteral("SELECT COUNT(*) FROM staff"));
        if (!count)
            return count.error();
        const bool first = !count->next() || count->value(0).toInt() == 0;
        account.displayName = name;
        account.role = first ? QStringLiteral("admin") : role;
        const QString now = toDbTime(Clock::instance().nowUtc());
        auto inserted = Database::insertReturningId(
            tx,
            QStringLiteral("INSERT INTO staff (display_name, name_key, role, pin_salt, pin_hash, pin_iterations, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {name, nameKey(name), account.role, QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(hash.toBase64()), PinHasher::Iterations, now, now});
        if (!inserted)
            return inserted.error();
        account.id = *inserted;
        return AuditLog::record(tx, QStringLiteral("staff.added"), std::nullopt,
                                byActingAdmin(QStringLiteral("%1 (%2)").arg(name, account.role)));
    });
    if (!written)
        return written.error();
    return account;
}

Status<> StaffDirectory::setDisabled(const QString &nameOrId, bool disabled) const
{
    auto stored = load(*m_database, nameOrId);
    if (!stored)
        return stored.error();
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        if (disabled) {
            if (auto refused = refuseLastAdmin(tx, stored->account); !refused)
                return refused;
        }
        auto done = Database::exec(tx, QStringLiteral("UPDATE staff SET disabled = ?, updated_at = ? WHERE id = ?"),
                                   {disabled ? 1 : 0, toDbTime(Clock::instance().nowUtc()), stored->account.id});
        if (!done)
            return done.error();
        return AuditLog::record(tx, disabled ? QStringLiteral("staff.disabled") : QStringLiteral("staff.enabled"),
                                std::nullopt, byActingAdmin(stored->account.displayName));
    });
}

Status<> StaffDirectory::resetPin(const QString &nameOrId, const QString &pin) const
{
    if (auto checked = checkPin(pin); !checked)
        return checked;
    auto stored = load(*m_database, nameOrId);
    if (!stored)
        return stored.error();
    const QByteArray salt = PinHasher::newSalt();
    const QByteArray hash = PinHasher::derive(pin, salt, PinHasher::Iterations);
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto done = Database::exec(
            tx,
            QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, failed_attempts = 0, "
                           "lockouts = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
            {QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()), PinHasher::Iterations,
             toDbTime(Clock::instance().nowUtc()), stored->account.id});
        if (!done)
            return done.error();
        return AuditLog::record(tx, QStringLiteral("staff.pin-reset"), std::nullopt,
                                byActingAdmin(stored->account.displayName));
    });
}

Status<> StaffDirectory::setRole(const QString &nameOrId, const QString &role) const
{
    if (role != QLatin1String("admin") && role != QLatin1String("staff"))
        return makeError(QStringLiteral("staff.bad-role"),
                         tr("The role \"%1\" is not known; use admin or staff.").arg(role));
    auto stored = load(*m_database, nameOrId);
    if (!stored)
        return stored.error();
    if (stored->account.role == role)
        return Ok{};
    return m_database->write([&](QSqlDatabase &tx) -> Status<> {
        if (role != QLatin1String("admin")) {
            if (auto refused = refuseLastAdmin(tx, stored->account); !refused)
                return refused;
        }
        auto done = Database::exec(tx, QStringLiteral("UPDATE staff SET role = ?, updated_at = ? WHERE id = ?"),
                                   {role, toDbTime(Clock::instance().nowUtc()), stored->account.id});
        if (!done)
            return done.error();
        return AuditLog::record(
            tx, QStringLiteral("staff.role-changed"), std::nullopt,
            byActingAdmin(QStringLiteral("%1: %2 -> %3").arg(stored->account.displayName, stored->account.role, role)));
    });
}

Result<StaffAccount> StaffDirectory::signIn(const QString &nameOrId, const QString &pin) const
{
    auto stored = load(*m_database, nameOrId);
    if (!stored)
        return stored.error();
    const StaffAccount &account = stored->account;
    const QDateTime now = Clock::instance().nowUtc();
    if (account.disabled)
        return makeError(QStringLiteral("staff.disabled"),
                         tr("The account \"%1\" is disabled. Ask an administrator.").arg(account.displayName));
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        (void)m_database->write([&](QSqlDatabase &tx) {
            return AuditLog::record(tx, QStringLiteral("staff.sign-in-refused"), std::nullopt,
                                    QStringLiteral("%1: locked").arg(account.displayName));
        });
        return makeError(QStringLiteral("staff.locked"),
                         tr("Too many wrong PINs: \"%1\" is locked until %2.")
                             .arg(account.displayName,
                                  QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    }
    // The slow derivation happens outside the write transaction, so other desks are not held up.
    const bool matches =
        PinHasher::constantTimeEqual(PinHasher::derive(pin, stored->salt, stored->iterations), stored->hash);
    int failed = matches ? 0 : stored->failedAttempts + 1;
    int lockouts = matches ? 0 : stored->lockouts;
    QDateTime lockedUntil;
    if (failed >= AttemptsBeforeLock) {
        // 1, 2, 4, 8, … minutes, at most an hour: guessing gets slower with every round.
        const int minutes = std::min(60, 1 << std::min(lockouts, 6));
        lockedUntil = now.addSecs(60LL * minutes);
        ++lockouts;
        failed = 0;
    }
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        auto done = Database::exec(
            tx, QStringLiteral("UPDATE staff SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE id = ?"),
            {failed, lockouts,
             lockedUntil.isValid() ? QVariant(toDbTime(lockedUntil)) : QVariant(QMetaType::fromType<QString>()),
             account.id});
        if (!done)
            return done.error();
        if (matches)
            return AuditLog::record(tx, QStringLiteral("staff.sign-in"), std::nullopt, account.displayName);
        return AuditLog::record(
            tx, QStringLiteral("staff.sign-in-failed"), std::nullopt,
            lockedUntil.isValid()
                ? QStringLiteral("%1: wrong PIN, locked until %2").arg(account.displayName, toDbTime(lockedUntil))
                : QStringLiteral("%1: wrong PIN").arg(account.displayName));
    });
    if (!written)
        return written.error();
    if (matches)
        return account;
    if (lockedUntil.isValid())
        return makeError(
            QStringLiteral("staff.locked"),
            tr("Wrong PIN. Too many wrong PINs: \"%1\" is locked until %2.")
                .arg(account.displayName, QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    return makeError(
        QStringLiteral("staff.wrong-pin"),
        tr("Wrong PIN for \"%1\". %n more tries before the account is locked.", nullptr, AttemptsBeforeLock - failed)
            .arg(account.displayName));
}

} // namespace cd
