#include "core/desks/PresenceWatch.h"

#include "core/audit/AuditIdentity.h"

#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcPresence, "clinicdesk.presence")

namespace cd {

PresenceWatch::PresenceWatch(std::shared_ptr<Database> database, QString deskId, QObject *parent)
    : QObject(parent), m_presence(std::move(database), std::move(deskId))
{
}

QString PresenceWatch::staffName() const
{
    const QString staff = AuditIdentity::staff();
    return staff.isEmpty() ? QSysInfo::machineHostName() : staff;
}

void PresenceWatch::report(qint64 patientId, DeskPresence::Activity activity)
{
    // Awareness is a courtesy: a failure (the server is away) is logged, never shown as an error.
    if (!m_online)
        return;
    if (auto reported = m_presence.report(patientId, activity, staffName()); !reported)
        qCInfo(lcPresence) << "presence not reported:" << reported.error().code;
}

void PresenceWatch::typing(qint64 patientId)
{
    if (patientId <= 0)
        return;
    QElapsedTimer &last = m_lastTyping[patientId];
    if (last.isValid() && last.elapsed() < TypingThrottleMs)
        return;
    last.start();
    report(patientId, DeskPresence::Activity::Typing);
}

void PresenceWatch::replied(qint64 patientId)
{
    if (patientId <= 0)
        return;
    m_lastTyping.remove(patientId); // the next keystroke is news again
    report(patientId, DeskPresence::Activity::Replied);
}

QString PresenceWatch::describe(qint64 patientId)
{
    if (patientId <= 0)
        return {};
    auto it = m_seen.find(patientId);
    if (it == m_seen.end()) {
        if (!m_online)
            return {};
        auto others = m_presence.othersIn(patientId);
        if (!others)
            return {};
        Seen seen{*others, {}};
        seen.readAt.start();
        it = m_seen.insert(patientId, seen);
    }
    QList<DeskPresence::Entry> aged = it->entries;
    const qint64 since = it->readAt.elapsed();
    QList<DeskPresence::Entry> fresh;
    for (DeskPresence::Entry entry : aged) {
        entry.ageMs += since;
        if (entry.ageMs < DeskPresence::FreshForMs)
            fresh << entry;
    }
    return DeskPresence::describe(fresh);
}

void PresenceWatch::reload(qint64 patientId)
{
    if (patientId <= 0) {
        const QList<qint64> known = m_seen.keys();
        m_seen.clear();
        for (qint64 id : known)
            emit changed(id);
        return;
    }
    m_seen.remove(patientId);
    emit changed(patientId);
}

} // namespace cd
