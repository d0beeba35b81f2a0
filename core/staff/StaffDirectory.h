#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>

namespace cd {

class Database;

struct StaffAccount
{
    qint64 id = 0;
    QString displayName;
    QString role; // "admin" or "staff"
    bool disabled = false;
    QDateTime lockedUntil; // UTC; invalid = not locked
};

// Staff accounts at this clinic: added and managed by an admin (Settings, `clinicdesk-cli staff`), signed in by
// name and PIN. Five wrong PINs in a row lock the account for 1 minute, then 2, 4, … (at most 1 hour). Every
// sign-in, failure and lockout is audited.
class StaffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(cd::StaffDirectory)
public:
    static constexpr int AttemptsBeforeLock = 5;
    static constexpr int MinPinLength = 4;

    explicit StaffDirectory(std::shared_ptr<Database> database);

    Result<QList<StaffAccount>> list() const;
    Result<bool> isEmpty() const;
    // The first account is always an admin, whatever `role` says.
    Result<StaffAccount> add(const QString &displayName, const QString &role, const QString &pin) const;
    Status<> setDisabled(const QString &nameOrId, bool disabled) const;
    Status<> resetPin(const QString &nameOrId, const QString &pin) const;
    // "admin" or "staff". The last enabled administrator can be neither demoted nor disabled ("staff.last-admin").
    Status<> setRole(const QString &nameOrId, const QString &role) const;
    // The administrator who authorised the changes made through this copy (the Staff dialog); named in each
    // management audit row's details, since the desk's signed-in person may be someone else.
    void setActingAdmin(const QString &displayName) { m_actingAdmin = displayName; }
    Result<StaffAccount> find(const QString &nameOrId) const;

    // Checks the PIN; on success the account. Errors: "staff.unknown", "staff.disabled", "staff.locked" (message
    // says until when), "staff.wrong-pin" (says how many tries are left).
    Result<StaffAccount> signIn(const QString &nameOrId, const QString &pin) const;

    static Status<> checkPin(const QString &pin);

private:
    QString byActingAdmin(const QString &details) const;

    std::shared_ptr<Database> m_database;
    QString m_actingAdmin;
};

} // namespace cd
