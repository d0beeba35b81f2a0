#include "patients/PatientItemDelegate.h"

#include "patients/PatientListModel.h"

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
    const QRect nameRect(area.left(), area.top(), area.width(), firstMetrics.height());
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
