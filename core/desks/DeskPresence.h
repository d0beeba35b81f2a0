#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace cd {

class Database;

// Who else is in a conversation right now, so that two people do not answer the same patient: "Maria is typing",
// "Maria replied 10 s ago". Rows live a minute; other desks hear of each one through the ChangeFeed ("presence").
class DeskPresence
{
    Q_DECLARE_TR_FUNCTIONS(cd::DeskPresence)
public:
    enum class Activity
    {
        Typing,
        Replied
    };
    struct Entry
    {
        QString staff; // the signed-in person, else the desk's name
        Activity activity = Activity::Typing;
        qint64 ageMs = 0;
    };
    static constexpr qint64 FreshForMs = 60000;

    DeskPresence(std::shared_ptr<Database> database, QString deskId);
    Status<> report(qint64 patientId, Activity activity, const QString &staff);
    // Other desks' fresh entries for this patient, newest first.
    Result<QList<Entry>> othersIn(qint64 patientId) const;
    // "Maria is typing…", "Maria replied 10 s ago"; empty when nobody else is there.
    static QString describe(const QList<Entry> &entries);

private:
    std::shared_ptr<Database> m_database;
    QString m_deskId;
};

} // namespace cd
