#include "ui/chat/StatusPresentation.h"

#include "core/messaging/MessageStore.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace cd::ui {

namespace {

bool isOneOf(const QString &status, std::initializer_list<const QString *> list)
{
    for (const QString *s : list) {
        if (status == *s)
            return true;
    }
    return false;
}

} // namespace

bool StatusPresentation::retryMakesSense(const Message &message)
{
    if (message.isInbound())
        return false;
    if (message.status != MessageStatus::Failed && message.status != MessageStatus::Undelivered)
        return false;
    if (!message.errorCode)
        return true;
    switch (*message.errorCode) {
    case 21610: // the patient replied STOP: sending again is refused
    case 21211: // invalid number
    case 21614: // not a mobile number
    case 21617: // too long: the same text fails again
    case 30004: // blocked
    case 30006: // landline
        return false;
    default:
        return true;
    }
}

StatusInfo StatusPresentation::describe(const Message &m, const QDateTime &nowUtc)
{
    StatusInfo info;
    if (m.isInbound())
        return info;
    const QString &s = m.status;
    if (MessageStore::isSentWithoutReceipt(m, nowUtc)) {
        info.kind = StatusKind::SentNoReceipt;
        info.label = tr("Sent, no delivery receipt");
        info.tooltip = tr("Twilio sent this message, but the patient's carrier never confirmed delivery. "
                          "It has probably arrived; if it matters, call the patient.");
    } else if (s == MessageStatus::Pending) {
        info.kind = StatusKind::Pending;
        info.label = tr("Waiting for connection");
        info.tooltip = tr("Saved and waiting to be sent. It goes out by itself as soon as Twilio can be reached.");
    } else if (s == MessageStatus::Sending) {
        info.kind = StatusKind::Sending;
        info.label = tr("Sending…");
        info.tooltip = tr("Sending to Twilio now.");
    } else if (s == MessageStatus::Unknown) {
        info.kind = StatusKind::Unknown;
        info.label = tr("Not confirmed yet");
        info.tooltip = tr("The connection dropped before Twilio answered. ClinicDesk is checking with Twilio whether "
                          "it arrived there; it will not be sent twice.");
    } else if (isOneOf(s, {&MessageStatus::Accepted, &MessageStatus::Queued})) {
        info.kind = StatusKind::Queued;
        info.label = tr("Queued");
        info.tooltip = tr("Twilio accepted the message and is about to send it.");
    } else if (s == MessageStatus::Scheduled) {
        info.kind = StatusKind::Scheduled;
        const QString when = m.scheduledFor.isValid() ? shortDateTime(m.scheduledFor.toLocalTime()) : QString();
        info.label = when.isEmpty() ? tr("Scheduled") : tr("Scheduled for %1").arg(when);
        info.tooltip = when.isEmpty() ? tr("Twilio will send this message later.")
                                      : tr("Twilio will send this message on %1.").arg(when);
    } else if (s == MessageStatus::Sent) {
        info.kind = StatusKind::Sent;
        info.label = tr("Sent");
        info.tooltip = tr("Sent to the patient's carrier; waiting for the delivery receipt.");
    } else if (s == MessageStatus::Delivered || s == QLatin1String("read")) {
        info.kind = StatusKind::Delivered;
        info.label = tr("Delivered");
        info.tooltip = tr("Delivered to the patient's phone.");
    } else if (isOneOf(s, {&MessageStatus::Failed, &MessageStatus::Undelivered})) {
        info.kind = StatusKind::Failed;
        info.label = s == MessageStatus::Failed ? tr("Failed") : tr("Not delivered");
        QString reason = m.errorMessage;
        if (reason.isEmpty() && m.errorCode)
            reason = twilioErrorText(*m.errorCode);
        if (reason.isEmpty())
            reason = tr("Twilio could not deliver this message.");
        info.canRetry = retryMakesSense(m);
        info.tooltip = info.canRetry ? tr("%1\nYou can send it again with Retry.").arg(reason) : reason;
    } else if (s == MessageStatus::Canceled) {
        info.kind = StatusKind::Canceled;
        info.label = tr("Canceled");
        info.tooltip = tr("This scheduled message was canceled and will not be sent.");
    } else {
        // A newer Twilio status: show Twilio's own word rather than guessing.
        info.kind = StatusKind::Queued;
        info.label = MessageStore::statusText(m, nowUtc);
        info.tooltip = info.label;
    }
    return info;
}

namespace {
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}
} // namespace

QString StatusPresentation::shortTime(const QTime &time)
{
    const QLocale locale;
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString StatusPresentation::shortDateTime(const QDateTime &local)
{
    const QLocale locale;
    return locale.toString(local, withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString StatusPresentation::glyph(StatusKind kind)
{
    switch (kind) {
    case StatusKind::None:
        return {};
    case StatusKind::Pending:
        return QStringLiteral("⏳");
    case StatusKind::Sending:
    case StatusKind::Queued:
        return QStringLiteral("…");
    case StatusKind::Unknown:
        return QStringLiteral("?");
    case StatusKind::Scheduled:
        return QStringLiteral("🕓");
    case StatusKind::Sent:
    case StatusKind::SentNoReceipt:
        return QStringLiteral("✓");
    case StatusKind::Delivered:
        return QStringLiteral("✓✓");
    case StatusKind::Failed:
        return QStringLiteral("⚠");
    case StatusKind::Canceled:
        return QStringLiteral("⊘");
    }
    return {};
}

void StatusPresentation::paintIcon(QPainter *painter, const QRectF &r, StatusKind kind, const QColor &color)
{
    if (kind == StatusKind::None)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal w = r.width();
    const qreal h = r.height();
    QPen pen(color, qMax(1.2, h / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    auto tick = [&](qreal dx) {
        QPainterPath p;
        p.moveTo(r.left() + dx + w * 0.08, r.top() + h * 0.55);
        p.lineTo(r.left() + dx + w * 0.30, r.top() + h * 0.78);
        p.lineTo(r.left() + dx + w * 0.68, r.top() + h * 0.25);
        painter->drawPath(p);
    };
    const QRectF circle = QRectF(r.center().x() - h * 0.42, r.center().y() - h * 0.42, h * 0.84, h * 0.84);

    switch (kind) {
    case StatusKind::None:
        break;
    case StatusKind::Sent:
        tick(0);
        break;
    case StatusKind::SentNoReceipt:
        tick(0);
        painter->drawPoint(QPointF(r.left() + w * 0.9, r.top() + h * 0.78)); // the missing second tick, as a dot
        break;
    case StatusKind::Delivered:
        tick(-w * 0.06);
        tick(w * 0.26);
        break;
    case StatusKind::Failed: {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top() + h * 0.08);
        tri.lineTo(r.right() - w * 0.06, r.bottom() - h * 0.1);
        tri.lineTo(r.left() + w * 0.06, r.bottom() - h * 0.1);
        tri.closeSubpath();
        painter->setBrush(color);
        painter->drawPath(tri);
        // The exclamation mark in the contrasting colour, so the shape reads on any bubble colour.
        painter->setPen(
            QPen(color.lightnessF() > 0.5 ? Qt::black : Qt::white, pen.widthF(), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(r.center().x(), r.top() + h * 0.38), QPointF(r.center().x(), r.top() + h * 0.62));
        painter->drawPoint(QPointF(r.center().x(), r.top() + h * 0.76));
        break;
    }
    case StatusKind::Pending: { // hourglass
        QPainterPath p;
        p.moveTo(circle.left() + h * 0.12, circle.top());
        p.lineTo(circle.right() - h * 0.12, circle.top());
        p.lineTo(circle.left() + h * 0.12, circle.bottom());
        p.lineTo(circle.right() - h * 0.12, circle.bottom());
        p.closeSubpath();
        painter->drawPath(p);
        break;
    }
    case StatusKind::Sending:
    case StatusKind::Queued: { // an arrow leaving
        const QPointF c = circle.center();
        painter->drawLine(QPointF(circle.left(), c.y()), QPointF(circle.right(), c.y()));
        painter->drawLine(QPointF(circle.right(), c.y()), QPointF(c.x() + h * 0.05, circle.top() + h * 0.08));
        painter->drawLine(QPointF(circle.right(), c.y()), QPointF(c.x() + h * 0.05, circle.bottom() - h * 0.08));
        if (kind == StatusKind::Queued)
            painter->drawLine(QPointF(circle.left(), circle.top() + h * 0.1),
                              QPointF(circle.left(), circle.bottom() - h * 0.1));
        break;
    }
    case StatusKind::Unknown: { // a question mark in a circle
        painter->drawEllipse(circle);
        QFont f = painter->font();
        f.setPixelSize(qMax(6, int(h * 0.62)));
        f.setBold(true);
        painter->setFont(f);
        painter->drawText(circle, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case StatusKind::Scheduled: { // a clock
        painter->drawEllipse(circle);
        const QPointF c = circle.center();
        painter->drawLine(c, QPointF(c.x(), circle.top() + h * 0.18));
        painter->drawLine(c, QPointF(c.x() + h * 0.2, c.y()));
        break;
    }
    case StatusKind::Canceled: // a circle with a bar
        painter->drawEllipse(circle);
        painter->drawLine(QPointF(circle.left() + h * 0.12, circle.bottom() - h * 0.12),
                          QPointF(circle.right() - h * 0.12, circle.top() + h * 0.12));
        break;
    }
    painter->restore();
}

} // namespace cd::ui
