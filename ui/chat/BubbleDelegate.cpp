#include "ui/chat/BubbleDelegate.h"

#include "ui/chat/ChatColors.h"
#include "ui/chat/MessageListModel.h"
#include "ui/chat/StatusPresentation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTextLine>

#include <cmath>

namespace cd::ui {

namespace {
// In device-independent pixels: Qt scales them with the screen (QT_SCALE_FACTOR, high DPI).
constexpr int OuterMargin = 14;
constexpr int PadH = 12;
constexpr int PadV = 7;
constexpr int FooterGap = 3;
constexpr int RowGap = 3;
constexpr int SeparatorPad = 10;
constexpr qreal Radius = 13.0;
constexpr qreal MaxBubbleFraction = 0.74;
constexpr int MediaGap = 6;
} // namespace

BubbleDelegate::BubbleDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view)
{
}

void BubbleDelegate::clearCaches() const
{
    m_geometries.clear();
    m_sizes.clear();
}

QFont BubbleDelegate::smallFont(const QFont &base) const
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.84);
    else
        f.setPixelSize(qMax(8, int(base.pixelSize() * 0.84)));
    return f;
}

int BubbleDelegate::wrapWidthFor(const QStyleOptionViewItem &option) const
{
    const int viewport = m_view ? m_view->viewport()->width() : option.rect.width();
    const QFontMetrics fm(option.font);
    // A readable measure on wide screens, most of the width on narrow ones.
    const int readable = fm.horizontalAdvance(QLatin1Char('x')) * 72;
    const int available = int(viewport * MaxBubbleFraction) - 2 * PadH;
    return qMax(fm.horizontalAdvance(QLatin1Char('W')) * 4, qMin(readable, available));
}

QString BubbleDelegate::footerKey(const QModelIndex &index) const
{
    QString key = index.data(MessageListModel::TimeTextRole).toString();
    if (index.data(MessageListModel::IsDemoRole).toBool())
        key += QLatin1String("|demo");
    if (!index.data(MessageListModel::IsOutgoingRole).toBool()) {
        key += QLatin1Char('|') + index.data(MessageListModel::NoteRole).toString();
        // Media arriving later (a photo downloaded) changes the bubble's size.
        key += QLatin1String("|m") + QString::number(index.data(MessageListModel::ThumbnailsRole).toList().size()) +
               index.data(MessageListModel::ExtraLinesRole).toStringList().join(QLatin1Char('\n'));
    }
    if (index.data(MessageListModel::IsOutgoingRole).toBool()) {
        key += QLatin1Char('|') + QString::number(index.data(MessageListModel::StatusKindRole).toInt());
        if (index.data(MessageListModel::ShowStatusLabelRole).toBool())
            key += QLatin1Char('|') + index.data(MessageListModel::StatusLabelRole).toString();
    }
    return key;
}

int BubbleDelegate::footerWidth(const QFont &small, const QModelIndex &index) const
{
    const QFontMetrics fm(small);
    int w = fm.horizontalAdvance(index.data(MessageListModel::TimeTextRole).toString());
    if (index.data(MessageListModel::IsDemoRole).toBool())
        w += fm.horizontalAdvance(QStringLiteral(" · ") + tr("Demo"));
    if (const QString note = index.data(MessageListModel::NoteRole).toString(); !note.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        w += fm.horizontalAdvance(QStringLiteral(" · ")) + QFontMetrics(bold).horizontalAdvance(note);
    }
    if (index.data(MessageListModel::IsOutgoingRole).toBool()) {
        w += fm.height() / 2 + fm.height(); // gap + icon
        if (index.data(MessageListModel::ShowStatusLabelRole).toBool())
            w += fm.height() / 4 + fm.horizontalAdvance(index.data(MessageListModel::StatusLabelRole).toString());
    }
    return w;
}

const BubbleDelegate::Geometry &BubbleDelegate::geometry(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index) const
{
    if (option.font != m_cachedFont) {
        clearCaches();
        m_cachedFont = option.font;
    }
    const qint64 id = index.data(MessageListModel::MessageIdRole).toLongLong();
    const int wrap = wrapWidthFor(option);
    const bool separator = index.data(MessageListModel::HasDaySeparatorRole).toBool();
    const bool outgoing = index.data(MessageListModel::IsOutgoingRole).toBool();
    const bool sender = m_showSenderNames && !outgoing;
    const QString fkey = footerKey(index);
    if (Geometry *g = m_geometries.object(id)) {
        if (g->wrapWidth == wrap && g->separator == separator && g->sender == sender && g->footerKey == fkey)
            return *g;
    }

    auto g = std::make_unique<Geometry>();
    g->wrapWidth = wrap;
    g->separator = separator;
    g->sender = sender;
    g->footerKey = fkey;

    QString body = index.data(MessageListModel::BodyRole).toString();
    const bool rtl = body.isRightToLeft();
    // QTextLayout breaks lines only at U+2028: the body's own line breaks become that (display only).
    body.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    body.replace(QLatin1Char('\r'), QChar::LineSeparator);
    // Plain text on purpose: QTextLayout shows the raw characters, markup included.
    g->text = std::make_shared<QTextLayout>(body, option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    textOption.setAlignment(Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft));
    g->text->setTextOption(textOption);
    g->text->setCacheEnabled(true);

    auto layoutAt = [&](qreal width) {
        qreal y = 0;
        qreal natural = 0;
        g->text->beginLayout();
        for (QTextLine line = g->text->createLine(); line.isValid(); line = g->text->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            natural = qMax(natural, line.naturalTextWidth());
        }
        g->text->endLayout();
        return QSizeF(natural, y);
    };
    QSizeF textSize = layoutAt(wrap);
    if (rtl && textSize.width() < wrap)
        layoutAt(std::ceil(textSize.width())); // right-aligned lines must end at the bubble's edge
    if (body.isEmpty())
        textSize.setHeight(QFontMetricsF(option.font).height());
    g->textSize = textSize;

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    g->footerWidth = footerWidth(small, index);
    int inner = qMax(int(std::ceil(textSize.width())), g->footerWidth);
    for (const QVariant &thumbnail : index.data(MessageListModel::ThumbnailsRole).toList()) {
        const QImage image = thumbnail.value<QImage>();
        const QSize size = (QSizeF(image.size()) / image.devicePixelRatio()).toSize();
        g->thumbnailSizes << size;
        g->mediaHeight += size.height() + MediaGap;
        inner = qMax(inner, size.width());
    }
    g->extraLines = index.data(MessageListModel::ExtraLinesRole).toStringList();
    for (const QString &line : std::as_const(g->extraLines)) {
        const QRect box = smallMetrics.boundingRect(QRect(0, 0, wrap, 100000), Qt::TextWordWrap, line);
        g->extraHeights << box.height();
        g->extraHeight += box.height() + FooterGap;
        inner = qMax(inner, qMin(wrap, box.width()));
    }
    g->bubbleSize = QSize(inner + 2 * PadH, g->mediaHeight + int(std::ceil(textSize.height())) + g->extraHeight +
                                                FooterGap + smallMetrics.height() + 2 * PadV);
    g->separatorHeight = separator ? smallMetrics.height() + 2 * SeparatorPad : 0;
    g->senderHeight = sender ? smallMetrics.height() + 2 : 0;
    const int viewport = m_view ? m_view->viewport()->width() : option.rect.width();
    g->total = QSize(qMax(1, viewport - 1), g->separatorHeight + g->senderHeight + g->bubbleSize.height() + 2 * RowGap);

    const Geometry *result = g.get();
    m_geometries.insert(id, g.release());
    m_sizes.insert(id, SizeEntry{wrap, separator, sender, result->total});
    return *result;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.font == m_cachedFont) {
        const qint64 id = index.data(MessageListModel::MessageIdRole).toLongLong();
        const auto it = m_sizes.constFind(id);
        if (it != m_sizes.cend() && it->wrapWidth == wrapWidthFor(option) &&
            it->separator == index.data(MessageListModel::HasDaySeparatorRole).toBool() &&
            it->sender == (m_showSenderNames && !index.data(MessageListModel::IsOutgoingRole).toBool()))
            return it->size;
    }
    return geometry(option, index).total;
}

QRect BubbleDelegate::bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry &g = geometry(option, index);
    const bool outgoing = index.data(MessageListModel::IsOutgoingRole).toBool();
    const int viewport = m_view ? m_view->viewport()->width() : option.rect.width();
    const int top = option.rect.top() + RowGap + g.separatorHeight + g.senderHeight;
    const int left = outgoing ? option.rect.left() + viewport - OuterMargin - g.bubbleSize.width()
                              : option.rect.left() + OuterMargin;
    return QRect(QPoint(left, top), g.bubbleSize);
}

QRect BubbleDelegate::statusRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(MessageListModel::IsOutgoingRole).toBool())
        return {};
    const QRect bubble = bubbleRect(option, index);
    const QFontMetrics fm(smallFont(option.font));
    const int footerTop = bubble.bottom() + 1 - PadV - fm.height();
    // The status sits at the right end of the footer; make the whole footer the target (easier to hit).
    const int width = footerWidth(smallFont(option.font), index);
    return QRect(bubble.right() + 1 - PadH - width, footerTop, width, fm.height());
}

void BubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry &g = geometry(option, index);
    if (!m_colors || option.palette.cacheKey() != m_paletteKey) {
        m_colors = std::make_shared<ChatColors>(ChatColors::fromPalette(option.palette));
        m_paletteKey = option.palette.cacheKey();
    }
    const ChatColors &colors = *m_colors;
    const bool outgoing = index.data(MessageListModel::IsOutgoingRole).toBool();
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const int viewport = m_view ? m_view->viewport()->width() : option.rect.width();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    int y = option.rect.top() + RowGap;

    if (g.separator) {
        const QString day = index.data(MessageListModel::DaySeparatorRole).toString();
        const int textWidth = smallMetrics.horizontalAdvance(day);
        const QRect pill(option.rect.left() + (viewport - textWidth) / 2 - 10, y + SeparatorPad / 2, textWidth + 20,
                         smallMetrics.height() + SeparatorPad);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.separatorFill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(colors.separatorText);
        painter->drawText(pill, Qt::AlignCenter, day);
        y += g.separatorHeight;
    }
    if (g.sender) {
        painter->setFont(small);
        painter->setPen(colors.separatorText);
        painter->drawText(QRect(option.rect.left() + OuterMargin + PadH / 2, y, viewport, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, index.data(MessageListModel::SenderNameRole).toString());
        y += g.senderHeight;
    }

    const QRect bubble = bubbleRect(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    QColor fill = outgoing ? colors.outgoingBubble : colors.incomingBubble;
    if (selected)
        fill = ChatColors::isDark(option.palette) ? fill.lighter(125) : fill.darker(112);
    painter->setPen(selected ? QPen(colors.selectionOutline, 2.0) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);

    const QColor textColor = outgoing ? colors.outgoingText : colors.incomingText;
    const QColor secondary = outgoing ? colors.secondaryOutgoing : colors.secondaryIncoming;
    painter->setPen(textColor);
    const qreal textLeft =
        bubble.left() + PadH + (g.text->text().isRightToLeft() ? bubble.width() - 2 * PadH - g.textSize.width() : 0);
    int mediaTop = bubble.top() + PadV;
    const QVariantList thumbnails = index.data(MessageListModel::ThumbnailsRole).toList();
    for (int i = 0; i < thumbnails.size() && i < g.thumbnailSizes.size(); ++i) {
        const QRect target(QPoint(bubble.left() + PadH, mediaTop), g.thumbnailSizes.at(i));
        painter->drawImage(target, thumbnails.at(i).value<QImage>());
        mediaTop += target.height() + MediaGap;
    }
    g.text->draw(painter, QPointF(std::floor(textLeft), bubble.top() + PadV + g.mediaHeight));
    if (!g.extraLines.isEmpty()) {
        // Plain text in words (never colour alone): where a shared number's reply was filed, files to save.
        QFont italic = small;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(textColor);
        int lineTop = bubble.top() + PadV + g.mediaHeight + int(std::ceil(g.textSize.height())) + FooterGap;
        for (int i = 0; i < g.extraLines.size(); ++i) {
            painter->drawText(QRect(bubble.left() + PadH, lineTop, bubble.width() - 2 * PadH, g.extraHeights.at(i)),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, g.extraLines.at(i));
            lineTop += g.extraHeights.at(i) + FooterGap;
        }
    }

    // Footer: time (and "Demo"), then the status icon and words for staff messages, at the bubble's inner edge.
    painter->setFont(small);
    const int footerTop = bubble.bottom() + 1 - PadV - smallMetrics.height();
    int x = outgoing ? bubble.right() + 1 - PadH - g.footerWidth : bubble.left() + PadH;
    QString timeText = index.data(MessageListModel::TimeTextRole).toString();
    if (index.data(MessageListModel::IsDemoRole).toBool())
        timeText += QStringLiteral(" · ") + tr("Demo");
    painter->setPen(secondary);
    const int timeWidth = smallMetrics.horizontalAdvance(timeText);
    painter->drawText(QRect(x, footerTop, timeWidth + 1, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      timeText);
    x += timeWidth;
    // What the reply did (e.g. the appointment it confirmed): words in bold, never colour alone, plain text.
    if (const QString note = index.data(MessageListModel::NoteRole).toString(); !note.isEmpty() && !outgoing) {
        const QString dot = QStringLiteral(" · ");
        painter->drawText(QRect(x, footerTop, smallMetrics.horizontalAdvance(dot) + 1, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, dot);
        x += smallMetrics.horizontalAdvance(dot);
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(textColor);
        painter->drawText(QRect(x, footerTop, bubble.right() - x, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, note);
        painter->setFont(small);
    }
    if (outgoing) {
        const auto kind = StatusKind(index.data(MessageListModel::StatusKindRole).toInt());
        QColor iconColor = secondary;
        if (kind == StatusKind::Failed)
            iconColor = colors.failure;
        else if (kind == StatusKind::Delivered)
            iconColor = colors.delivered;
        x += smallMetrics.height() / 2;
        const int icon = smallMetrics.height();
        StatusPresentation::paintIcon(painter, QRectF(x, footerTop, icon, icon), kind, iconColor);
        x += icon;
        if (index.data(MessageListModel::ShowStatusLabelRole).toBool()) {
            x += smallMetrics.height() / 4;
            const QString label = index.data(MessageListModel::StatusLabelRole).toString();
            QFont labelFont = small;
            labelFont.setBold(kind == StatusKind::Failed);
            painter->setFont(labelFont);
            painter->setPen(kind == StatusKind::Failed ? colors.failure : secondary);
            painter->drawText(QRect(x, footerTop, bubble.right() - x, smallMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }

    if ((option.state & QStyle::State_HasFocus) && m_view && m_view->hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(m_view);
        focus.rect = bubble.adjusted(-3, -3, 3, 3);
        focus.backgroundColor = colors.background;
        const QStyle *style = m_view->style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, m_view);
    }
    painter->restore();
}

} // namespace cd::ui
