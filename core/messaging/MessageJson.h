#pragma once

#include "core/messaging/Message.h"
#include "core/messaging/MessageMedia.h"

#include <QJsonArray>

#include <QDateTime>
#include <QJsonObject>

namespace cd {

// The message object of `clinicdesk-cli --json` (and anything else that exports messages).
QJsonObject messageToJson(const Message &message, const QDateTime &nowUtc);
// The "media" array of an MMS: content type, size, state, local path (once stored), the reason it is not.
QJsonArray mediaToJson(const QList<MessageMedia> &media);

} // namespace cd
