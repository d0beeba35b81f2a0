#include "ui/chat/StatusPresentation.h"

#include <QPainter>
#include <QPainterPath>

namespace cd::ui {

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
        return info; // the bubble's side says it: no status label or icon
    info.kind = MessageStatusText::kind(m, nowUtc);
    info.label = MessageStatusText::label(m, nowUtc);
    info.tooltip = MessageStatusText::explanation(m, nowUtc);
    if (info.kind == StatusKind::Failed) {
        info.canRetry = retryMakesSense(m);
        if (info.canRetry) // the Retry action is the GUI's own
            info.tooltip = tr("%1\nYou can send it again with Retry.").arg(info.tooltip);
    }
    info.canSendHeld = info.kind == StatusKind::Held;
    info.canCancel = canCancel(m);
    if (info.canSendHeld)
        info.tooltip = tr("%1\nUse Send Now or Discard (context menu or Delivery Details).").arg(info.tooltip);
    return info;
}

bool StatusPresentation::canCancel(const Message &m)
{
    if (m.isInbound())
        return false;
    if (m.status == MessageStatus::Pending || m.status == MessageStatus::Unknown || m.status == MessageStatus::Held)
        return true;
    return m.status == MessageStatus::Scheduled && !m.sid.isEmpty();
}

QString StatusPresentation::shortTime(const QTime &time)
{
    return MessageStatusText::shortTime(time);
}

QString StatusPresentation::shortDateTime(const QDateTime &local)
{
    return MessageStatusText::shortDateTime(local);
}

QString StatusPresentation::glyph(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Received:
        return {};
    case StatusKind::Pending:
        return QStringLiteral("⏳");
    case StatusKind::Sending:
    case StatusKind::Queued:
    case StatusKind::Other:
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
    case StatusKind::Held:
        return QStringLiteral("⏸");
    }
    return {};
}

void StatusPresentation::paintIcon(QPainter *painter, const QRectF &r, StatusKind kind, const QColor &color)
{
    if (kind == StatusKind::Received)
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
    case StatusKind::Received:
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
    case StatusKind::Queued:
    case StatusKind::Other: { // an arrow leaving
        const QPointF c = circle.center();
        painter->drawLine(QPointF(circle.left(), c.y()), QPointF(circle.right(), c.y()));
        painter->drawLine(QPointF(circle.right(), c.y()), QPointF(c.x() + h * 0.05, circle.top() + h * 0.08));
        painter->drawLine(QPointF(circle.right(), c.y()), QPointF(c.x() + h * 0.05, circle.bottom() - h * 0.08));
        if (kind != StatusKind::Sending)
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
    case StatusKind::Held: { // a pause sign in a circle
        painter->drawEllipse(circle);
        const QPointF c = circle.center();
        painter->drawLine(QPointF(c.x() - h * 0.12, c.y() - h * 0.18), QPointF(c.x() - h * 0.12, c.y() + h * 0.18));
        painter->drawLine(QPointF(c.x() + h * 0.12, c.y() - h * 0.18), QPointF(c.x() + h * 0.12, c.y() + h * 0.18));
        break;
    }
    }
    painter->restore();
}

} // namespace cd::ui
