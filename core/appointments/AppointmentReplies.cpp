#include "core/appointments/AppointmentReplies.h"

#include "core/appointments/AppointmentStore.h"
#include "core/messaging/Message.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReplies, "clinicdesk.appointments.replies")

namespace cd {

AppointmentReplies::Action AppointmentReplies::parse(const QString &body)
{
    QString word = body;
    // " c. ", "C!", "(1)": surrounding blanks and punctuation do not count.
    while (!word.isEmpty() && (word.front().isSpace() || word.front().isPunct()))
        word.remove(0, 1);
    while (!word.isEmpty() && (word.back().isSpace() || word.back().isPunct()))
        word.chop(1);
    word = word.toUpper();
    if (word == QLatin1String("C") || word == QLatin1String("1"))
        return Action::Confirm;
    if (word == QLatin1String("R") || word == QLatin1String("2"))
        return Action::Reschedule;
    return Action::None;
}

QString AppointmentReplies::actionName(Action action)
{
    return action == Action::Confirm ? QStringLiteral("confirm") : QStringLiteral("reschedule");
}

Result<AppointmentReplies::Outcome> AppointmentReplies::apply(AppointmentStore &store, const Message &message)
{
    const Action action = parse(message.body);
    if (action == Action::None || !message.patientId || !message.isInbound())
        return Outcome::NotAReply;
    const QStringList statuses = action == Action::Confirm
                                     ? QStringList{AppointmentStatus::Booked, AppointmentStatus::NeedsReschedule}
                                     : QStringList{AppointmentStatus::Booked, AppointmentStatus::Confirmed};
    auto pending = store.upcoming(*message.patientId, statuses);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return Outcome::NoneOpen;
    if (pending->size() > 1) {
        qCInfo(lcReplies) << "reply" << message.id << "matches" << pending->size() << "appointments: for staff";
        if (auto recorded = store.recordReply(message.id, *message.patientId, actionName(action), std::nullopt);
            !recorded)
            return recorded.error();
        return Outcome::Ambiguous;
    }
    const Appointment &appointment = pending->constFirst();
    auto marked = store.setStatus(
        appointment.id, action == Action::Confirm ? AppointmentStatus::Confirmed : AppointmentStatus::NeedsReschedule,
        QStringLiteral("reply message %1").arg(message.id));
    if (!marked)
        return marked.error();
    if (auto recorded = store.recordReply(message.id, *message.patientId, actionName(action), appointment.id);
        !recorded)
        return recorded.error();
    return Outcome::Applied;
}

} // namespace cd
