#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace cd::ui {

// Paints a patient row as two lines of plain text: the name, then phone, date of birth and opted-out state.
class PatientItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Unread replies per patient id (the chat's UnreadCounter): painted as a count badge right of the name.
    void setUnreadLookup(std::function<int(qint64)> lookup) { m_unreadLookup = std::move(lookup); }

private:
    std::function<int(qint64)> m_unreadLookup;
};

} // namespace cd::ui
