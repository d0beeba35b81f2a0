#include "core/appointments/DemoAppointments.h"

#include "core/appointments/AppointmentStore.h"
#include "core/common/Clock.h"
#include "core/patients/DemoPatients.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"

namespace cd {

Result<int> DemoAppointments::addTo(AppointmentStore &appointments, PatientStore &patients, AppointmentRules rules)
{
    // Demo reminders should move while someone watches: no quiet hours, a reminder 2 h and 10 min before.
    rules.allowedFrom = QTime(0, 0);
    rules.allowedUntil = QTime(23, 59, 59);
    rules.reminderMinutes = {48 * 60, 2 * 60, 10};
    const QDateTime now = Clock::instance().nowUtc();
    const QList<qint64> offsetsMin = {13, 2 * 60 + 3, 26 * 60, 3 * 24 * 60, 9 * 24 * 60};
    const QStringList providers = {QStringLiteral("Dr. Rivera"), QStringLiteral("Dr. Chen"),
                                   QStringLiteral("Dr. Okafor")};
    int added = 0;
    int i = 0;
    for (const Patient &demo : DemoPatients::all()) {
        if (i >= offsetsMin.size())
            break;
        const auto number = PhoneNumbers::parse(demo.phoneRaw);
        if (!number)
            continue;
        auto found = patients.findByPhone(number->e164);
        if (!found || !found->has_value())
            continue;
        const qint64 patientId = (*found)->id;
        auto existing = appointments.list(patientId);
        if (existing && !existing->isEmpty())
            continue;
        QDateTime start = now.addSecs(offsetsMin.at(i) * 60);
        start = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()), Qt::UTC);
        auto made = appointments.create(
            {patientId, start, {}, 30, providers.at(i % providers.size()), QStringLiteral("Main office"), {}}, rules);
        if (!made)
            return made.error();
        ++added;
        ++i;
    }
    return added;
}

} // namespace cd
