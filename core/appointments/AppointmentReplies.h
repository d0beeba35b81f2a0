#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class AppointmentStore;
struct Message;

// A patient's C/1 (confirm) or R/2 (reschedule) reply. Never YES (Twilio's START family) and never CANCEL (its STOP
// family). The reply always stays in the chat; this only marks the appointment.
class AppointmentReplies
{
    Q_DECLARE_TR_FUNCTIONS(cd::AppointmentReplies)
public:
    enum class Action
    {
        None,
        Confirm,
        Reschedule
    };
    static Action parse(const QString &body);
    static QString actionName(Action action); // "confirm" / "reschedule"

    enum class Outcome
    {
        NotAReply, // any other text: it lands in the chat as usual
        NoneOpen,  // C/R but no pending appointment
        Applied,   // one pending appointment: marked
        Ambiguous, // several pending: flagged for staff
    };
    // Applies an inbound message from a known patient.
    static Result<Outcome> apply(AppointmentStore &store, const Message &message);
};

} // namespace cd
