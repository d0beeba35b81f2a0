#include "core/messaging/SharedNumbers.h"

#include "core/storage/Database.h"

namespace cd {

Result<SharedNumbers::Routing> SharedNumbers::routeReply(const Database &database, const QString &fromE164)
{
    Routing routing;
    {
        auto q = database.exec(QStringLiteral("SELECT id FROM patients WHERE phone_e164 = ? ORDER BY id"), {fromE164});
        if (!q)
            return q.error();
        while (q->next())
            routing.patientsWithNumber.append(q->value(0).toLongLong());
    }
    if (routing.patientsWithNumber.isEmpty())
        return routing;
    routing.patientId = routing.patientsWithNumber.constFirst();
    if (!routing.shared())
        return routing;
    // The conversation the reply most likely answers: the last text sent to this number, to a patient who still
    // has it. Without one, the oldest patient record (as for a number that is not shared).
    auto last = database.exec(
        QStringLiteral("SELECT m.patient_id FROM messages m JOIN patients p ON p.id = m.patient_id "
                       "WHERE m.direction = 'outbound' AND m.to_number = ? AND p.phone_e164 = ? "
                       "ORDER BY m.created_at DESC, m.id DESC LIMIT 1"),
        {fromE164, fromE164});
    if (!last)
        return last.error();
    if (last->next())
        routing.patientId = last->value(0).toLongLong();
    return routing;
}

} // namespace cd
