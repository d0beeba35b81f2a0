#include "core/messaging/MessageStatusText.h"

#include "core/settings/AppSettings.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <iterator>

namespace cd {

namespace {

Q_LOGGING_CATEGORY(lcStatusText, "clinicdesk.messaging.statustext")

// WhatsApp-style "read" arrives through the same status field; for an SMS desk it means delivered.
const QString ReadStatus = QStringLiteral("read");

QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

// One row a kind, in enum order: the stable JSON name scripts compare (never rename one, only add) and the words.
struct KindWords
{
    StatusKind kind;
    const char *jsonName;
    const char *label;
};
constexpr KindWords Words[] = {
    {StatusKind::Received, "received", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Received")},
    {StatusKind::Pending, "waiting", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Waiting for connection")},
    {StatusKind::Sending, "sending", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Sending…")},
    {StatusKind::Unknown, "not_confirmed", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Not confirmed yet")},
    {StatusKind::Queued, "queued", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Queued")},
    {StatusKind::Scheduled, "scheduled", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Scheduled")},
    {StatusKind::Sent, "sent", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Sent")},
    {StatusKind::SentNoReceipt, "sent_no_receipt",
     QT_TRANSLATE_NOOP("cd::MessageStatusText", "Sent, no delivery receipt")},
    {StatusKind::Delivered, "delivered", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Delivered")},
    {StatusKind::Failed, "failed", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Failed")},
    {StatusKind::Canceled, "canceled", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Canceled")},
    {StatusKind::Held, "not_sent", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Not sent")},
    {StatusKind::Other, "other", QT_TRANSLATE_NOOP("cd::MessageStatusText", "Other Twilio status")},
};

constexpr bool inEnumOrder()
{
    for (int i = 0; i < int(std::size(Words)); ++i) {
        if (int(Words[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(std::size(Words) == std::size_t(StatusKind::Other) + 1, "every StatusKind needs its row");
static_assert(inEnumOrder(), "Words is indexed by StatusKind");

const KindWords &wordsFor(StatusKind kind)
{
    return Words[int(kind)];
}

} // namespace

const QList<StatusKind> &MessageStatusText::allKinds()
{
    static const QList<StatusKind> kinds = [] {
        QList<StatusKind> all;
        for (const KindWords &row : Words)
            all << row.kind;
        return all;
    }();
    return kinds;
}

StatusKind MessageStatusText::kind(const Message &m, const QDateTime &nowUtc)
{
    if (m.isInbound())
        return StatusKind::Received;
    const QString &s = m.status;
    if (isSentWithoutReceipt(m, nowUtc))
        return StatusKind::SentNoReceipt;
    if (s == MessageStatus::Pending)
        return StatusKind::Pending;
    if (s == MessageStatus::Sending)
        return StatusKind::Sending;
    if (s == MessageStatus::Unknown)
        return StatusKind::Unknown;
    if (s == MessageStatus::Accepted || s == MessageStatus::Queued)
        return StatusKind::Queued;
    if (s == MessageStatus::Scheduled)
        return StatusKind::Scheduled;
    if (s == MessageStatus::Sent)
        return StatusKind::Sent;
    if (s == MessageStatus::Delivered || s == ReadStatus)
        return StatusKind::Delivered;
    if (s == MessageStatus::Failed || s == MessageStatus::Undelivered)
        return StatusKind::Failed;
    if (s == MessageStatus::Canceled)
        return StatusKind::Canceled;
    if (s == MessageStatus::Held)
        return StatusKind::Held;
    if (s == MessageStatus::Received)
        return StatusKind::Received;
    qCDebug(lcStatusText) << "a status this version does not know:" << s;
    return StatusKind::Other;
}

QString MessageStatusText::jsonName(StatusKind kind)
{
    return QString::fromLatin1(wordsFor(kind).jsonName);
}

QString MessageStatusText::kindLabel(StatusKind kind)
{
    return tr(wordsFor(kind).label);
}

QString MessageStatusText::label(const Message &m, const QDateTime &nowUtc)
{
    const StatusKind k = kind(m, nowUtc);
    switch (k) {
    case StatusKind::Scheduled:
        if (m.scheduledFor.isValid())
            return tr("Scheduled for %1").arg(shortDateTime(m.scheduledFor.toLocalTime()));
        break;
    case StatusKind::Failed:
        if (m.status == MessageStatus::Undelivered)
            return tr("Not delivered");
        break;
    case StatusKind::Other:
        return m.status; // a newer Twilio status: Twilio's word rather than a guess
    default:
        break;
    }
    return kindLabel(k);
}

QString MessageStatusText::explanation(const Message &m, const QDateTime &nowUtc)
{
    switch (kind(m, nowUtc)) {
    case StatusKind::Received:
        return {};
    case StatusKind::SentNoReceipt:
        return tr("Twilio sent this message, but the patient's carrier never confirmed delivery. "
                  "It has probably arrived; if it matters, call the patient.");
    case StatusKind::Pending:
        return tr("Saved and waiting to be sent. It goes out by itself as soon as Twilio can be reached.");
    case StatusKind::Sending:
        return tr("Sending to Twilio now.");
    case StatusKind::Unknown:
        return tr("The connection dropped before Twilio answered. ClinicDesk is checking with Twilio whether "
                  "it arrived there; it will not be sent twice.");
    case StatusKind::Queued:
        return tr("Twilio accepted the message and is about to send it.");
    case StatusKind::Scheduled:
        return m.scheduledFor.isValid()
                   ? tr("Twilio will send this message on %1.").arg(shortDateTime(m.scheduledFor.toLocalTime()))
                   : tr("Twilio will send this message later.");
    case StatusKind::Sent:
        return tr("Sent to the patient's carrier; waiting for the delivery receipt.");
    case StatusKind::Delivered:
        return tr("Delivered to the patient's phone.");
    case StatusKind::Failed: {
        QString reason = m.errorMessage;
        if (reason.isEmpty() && m.errorCode)
            reason = twilioErrorText(*m.errorCode);
        return reason.isEmpty() ? tr("Twilio could not deliver this message.") : reason;
    }
    case StatusKind::Canceled:
        return m.errorMessage.isEmpty() ? tr("This scheduled message was canceled and will not be sent.")
                                        : m.errorMessage;
    case StatusKind::Held:
        return m.errorMessage.isEmpty() ? tr("Not sent: it waited too long to go out. Send it now or discard it.")
                                        : m.errorMessage;
    case StatusKind::Other:
        return m.status;
    }
    return {};
}

bool MessageStatusText::isSentWithoutReceipt(const Message &message, const QDateTime &nowUtc)
{
    if (message.isInbound() || message.status != MessageStatus::Sent)
        return false;
    const QDateTime since = message.sentAt.isValid() ? message.sentAt : message.createdAt;
    return since.isValid() && since.addSecs(qint64(AppSettings::noReceiptAfterHours()) * 3600) <= nowUtc;
}

bool MessageStatusText::isFinalStatus(const QString &status)
{
    static const QStringList finals = {MessageStatus::Delivered, MessageStatus::Undelivered,
                                       MessageStatus::Failed,    ReadStatus,
                                       MessageStatus::Canceled,  MessageStatus::Received};
    return finals.contains(status);
}

QString MessageStatusText::shortTime(const QTime &time)
{
    const QLocale locale;
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString MessageStatusText::shortDateTime(const QDateTime &local)
{
    const QLocale locale;
    return locale.toString(local, withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace cd
