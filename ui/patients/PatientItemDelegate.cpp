#include "ui/patients/PatientItemDelegate.h"

#include "ui/patients/PatientListModel.h"

#include <QApplication>
#include <QPainter>

namespace cd::ui {

namespace {
constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 6;
constexpr int LineGap = 2;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

void PatientItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws background, selection and focus; the text is drawn below, as plain text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor primary = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = primary;
    if (!selected)
        secondary = option.palette.color(group, QPalette::PlaceholderText);
    if (index.data(PatientListModel::OptedOutRole).toBool() && !selected)
        secondary = QColor(0xb0, 0x3a, 0x2e); // opted out: a muted red the eye catches

    const QRect area = option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    const QFont first = nameFont(option.font);
    const QFontMetrics firstMetrics(first);
    const QFontMetrics secondMetrics(option.font);

    painter->save();
    painter->setFont(first);
    painter->setPen(primary);
    QRect nameRect(area.left(), area.top(), area.width(), firstMetrics.height());
    const int unread = m_unreadLookup ? m_unreadLookup(index.data(PatientListModel::PatientIdRole).toLongLong()) : 0;
    if (unread > 0) {
        // A count in a pill (the number itself is the signal, not the colour).
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int badgeWidth = qMax(firstMetrics.height(), firstMetrics.horizontalAdvance(count) + 12);
        const QRect badge(area.right() + 1 - badgeWidth, area.top(), badgeWidth, firstMetrics.height());
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(option.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
        painter->setPen(primary);
        nameRect.setRight(badge.left() - 6);
    }
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      firstMetrics.elidedText(index.data(PatientListModel::FullNameRole).toString(), Qt::ElideRight,
                                              nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(secondary);
    const QRect detailRect(area.left(), nameRect.bottom() + 1 + LineGap, area.width(), secondMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      secondMetrics.elidedText(index.data(PatientListModel::SecondaryTextRole).toString(),
                                               Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize PatientItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics firstMetrics(nameFont(option.font));
    const QFontMetrics secondMetrics(option.font);
    return {200, firstMetrics.height() + LineGap + secondMetrics.height() + 2 * VerticalPadding};
}

} // namespace cd::ui
