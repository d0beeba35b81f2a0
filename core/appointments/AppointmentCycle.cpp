#include "core/appointments/AppointmentCycle.h"

#include "core/appointments/AppointmentReplies.h"
#include "core/appointments/AppointmentStore.h"
#include "core/appointments/ReminderRunner.h"
#include "core/messaging/CycleHooks.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/OptOutKeywords.h"
#include "core/messaging/Outbox.h"
#include "core/messaging/SharedNumbers.h"
#include "core/patients/PatientStore.h"
#include "core/settings/SettingsService.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAppointmentCycle, "clinicdesk.appointments.cycle")

namespace cd {

void AppointmentCycle::install()
{
    CycleHooks::setCycleHook(QStringLiteral("appointments"), [](CycleContext &context) {
        AppointmentStore store(context.messages.database(), context.messages, context.patients);
        AppointmentRules rules = AppointmentRules::fromSettings(SettingsService::instance().snapshot());
        // The transport decides: scheduling only with a real Messaging Service (never in demo mode).
        const SenderConfig &sender = context.outbox.sender();
        rules.messagingServiceSid = sender.demo ? QString() : sender.messagingServiceSid;
        ReminderRunner runner(store, context.outbox, &context.gateway, rules);
        const ReminderReport report = runner.run();
        for (const QString &error : report.errors)
            qCWarning(lcAppointmentCycle).noquote() << "reminders:" << error;
        ReminderRunner::addCycleReport(report);
    });
    CycleHooks::setInboundHook(QStringLiteral("appointments"), [](CycleContext &context, const Message &message) {
        if (!message.patientId)
            return;
        AppointmentStore store(context.messages.database(), context.messages, context.patients);
        if (OptOutKeywords::classify(message.body) == OptOutKeywords::Kind::OptOut) {
            // Twilio opts out the number, not a person: on a family number every patient who has it loses their
            // planned reminders (the Poller cancels the ones already scheduled at Twilio for each of them).
            QList<qint64> patients{*message.patientId};
            if (auto routing = SharedNumbers::routeReply(*context.messages.database(), message.fromNumber))
                for (qint64 id : routing->patientsWithNumber)
                    if (!patients.contains(id))
                        patients.append(id);
            for (qint64 id : std::as_const(patients))
                (void)store.cancelPlannedForPatient(
                    id,
                    QCoreApplication::translate("cd::AppointmentCycle",
                                                "The patient's phone number opted out (STOP was replied from it)."));
            return;
        }
        if (auto applied = AppointmentReplies::apply(store, message); !applied)
            qCWarning(lcAppointmentCycle).noquote() << "reply" << message.id << applied.error().code;
    });
}

} // namespace cd
