#pragma once

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

class QAbstractItemView;

namespace cd::ui {

struct ChatColors;

// Paints one message as a chat bubble: patient on the left, staff on the right, a day separator above the first
// message of a day, the time and (outgoing) the delivery state below the text. The text is laid out with
// QTextLayout on the raw body: plain text always, so "<b>" or "<img src=…>" appear as typed. Sizes are cached per
// message and width (sizeHint runs for every row on each layout); text layouts in a bounded cache.
class BubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BubbleDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the status icon/label of `index` is in view coordinates (for the click that shows details).
    QRect statusRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void setShowSenderNames(bool show) { m_showSenderNames = show; }
    void clearCaches() const;

private:
    struct Geometry
    {
        int wrapWidth = 0;
        bool separator = false;
        bool sender = false;
        QString footerKey; // time + status words: the footer's width depends on them
        std::shared_ptr<QTextLayout> text;
        QSizeF textSize;
        QSize bubbleSize;
        int separatorHeight = 0;
        int senderHeight = 0;
        int footerWidth = 0;
        QList<QSize> thumbnailSizes; // MMS photos, stacked above the text
        int mediaHeight = 0;         // the photos and the gap below them
        QStringList extraLines;      // shared-number filing, attachments that are files: small, below the text
        QList<int> extraHeights;
        int extraHeight = 0;
        QSize total;
    };
    struct SizeEntry
    {
        int wrapWidth = 0;
        bool separator = false;
        bool sender = false;
        QSize size;
    };

    int wrapWidthFor(const QStyleOptionViewItem &option) const;
    const Geometry &geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QFont smallFont(const QFont &base) const;
    QString footerKey(const QModelIndex &index) const;
    int footerWidth(const QFont &small, const QModelIndex &index) const;

    QAbstractItemView *m_view;
    bool m_showSenderNames = false;
    mutable QCache<qint64, Geometry> m_geometries{800};
    mutable QHash<qint64, SizeEntry> m_sizes;
    mutable QFont m_cachedFont;
    mutable qint64 m_paletteKey = -1;
    mutable std::shared_ptr<ChatColors> m_colors;
};

} // namespace cd::ui
