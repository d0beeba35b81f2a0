#pragma once

#include "core/messaging/Message.h"

#include <QDateTime>
#include <QJsonObject>

namespace cd {

// The message object of `clinicdesk-cli --json` (and anything else that exports messages).
QJsonObject messageToJson(const Message &message, const QDateTime &nowUtc);

} // namespace cd
