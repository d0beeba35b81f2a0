#pragma once

#include "core/intake/IntakeSend.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace cd {

// The words for a send's states, shared by the Intake tab and the CLI (the SMS's words come from
// MessageStatusText, the chat's vocabulary).
class IntakeStatusText
{
    Q_DECLARE_TR_FUNCTIONS(cd::IntakeStatusText)
public:
    static QString channelLabel(IntakeChannel channel); // "SMS only", "Email & SMS"
    static QString emailLabel(const IntakeSend &send);  // "Accepted", "Failed: <reason>", "Not confirmed", ...
    static QString smsLabel(const IntakeSend &send, const std::optional<Message> &sms, const QDateTime &nowUtc);
    static QString completionLabel(const IntakeSend &send);
    // The send object of `intake send` / `intake list --json`.
    static QJsonObject toJson(const IntakeSend &send, const std::optional<Message> &sms,
                              const std::optional<Message> &followUp, const QDateTime &nowUtc);
};

} // namespace cd
