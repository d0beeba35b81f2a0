#pragma once

#include <QStyledItemDelegate>

namespace cd::ui {

// Paints a patient row as two lines of plain text: the name, then phone, date of birth and opted-out state.
class PatientItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cd::ui
