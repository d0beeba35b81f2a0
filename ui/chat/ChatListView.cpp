#include "ui/chat/ChatListView.h"

#include "ui/chat/BubbleDelegate.h"
#include "ui/chat/MessageListModel.h"
#include "ui/chat/NewMessagesPill.h"
#include "ui/chat/StatusPresentation.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>

#include "ui/chat/AttachmentSaver.h"
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace cd::ui {

namespace {
constexpr int BottomSlack = 6; // px: "at the bottom" despite rounding
}

ChatListView::ChatListView(QWidget *parent)
    : QListView(parent), m_delegate(new BubbleDelegate(this)), m_pill(new NewMessagesPill(viewport()))
{
    setObjectName(QStringLiteral("chatMessages"));
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformItemSizes(false);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("Messages, oldest at the top and newest at the bottom. Ctrl+C copies the selected "
                                "messages; the context menu offers Retry on a failed message; Delete cancels a "
                                "message that has not gone out."));
    verticalScrollBar()->setSingleStep(24);

    connect(m_pill, &QPushButton::clicked, this, &ChatListView::scrollToNewest);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stickToBottom && !m_loadingOlder)
            verticalScrollBar()->setValue(max);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_loadingOlder)
            return;
        m_stickToBottom = isAtBottom();
        if (m_stickToBottom) {
            m_pill->clear();
            if (m_model && m_model->rowCount() > m_maxRowsAtBottom)
                QTimer::singleShot(0, this, [this] {
                    if (m_model && isAtBottom() && m_model->rowCount() > m_maxRowsAtBottom) {
                        m_model->trimOlder(m_maxRowsAtBottom / 2);
                        executeDelayedItemsLayout();
                        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
                    }
                });
        }
        if (value <= viewport()->height())
            maybeLoadOlder();
    });
}

void ChatListView::setMessageModel(MessageListModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ChatListView::onModelReset);
    connect(model, &MessageListModel::messagesAppended, this, &ChatListView::onAppended);
    onModelReset();
}

bool ChatListView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - BottomSlack;
}

void ChatListView::scrollToNewest()
{
    m_stickToBottom = true;
    m_pill->clear();
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    // Keyboard users start at the newest message; nothing is selected until they choose.
    if (m_model && m_model->rowCount() > 0 && selectionModel())
        selectionModel()->setCurrentIndex(m_model->index(m_model->rowCount() - 1), QItemSelectionModel::NoUpdate);
}

bool ChatListView::loadOlder()
{
    if (!m_model || !m_model->hasOlder())
        return false;
    QScrollBar *bar = verticalScrollBar();
    m_loadingOlder = true;
    const int oldMax = bar->maximum();
    const int oldValue = bar->value();
    const bool stuck = m_stickToBottom;
    m_model->loadOlderPage();
    executeDelayedItemsLayout();
    // Keep what the user was reading at the same place on screen.
    bar->setValue(stuck ? bar->maximum() : oldValue + (bar->maximum() - oldMax));
    m_loadingOlder = false;
    return true;
}

void ChatListView::maybeLoadOlder()
{
    if (m_olderQueued || !m_model || !m_model->hasOlder())
        return;
    m_olderQueued = true;
    // Not inside the scroll bar's own signal: inserting rows re-enters the scrolling code.
    QTimer::singleShot(0, this, [this] {
        m_olderQueued = false;
        if (verticalScrollBar()->value() <= viewport()->height())
            loadOlder();
    });
}

void ChatListView::fillViewport()
{
    executeDelayedItemsLayout();
    // A short first page may not fill the view: there would be no scrolling to load more.
    int guard = 0;
    while (m_model && m_model->hasOlder() && verticalScrollBar()->maximum() < viewport()->height() && guard++ < 20)
        loadOlder();
}

void ChatListView::onModelReset()
{
    m_stickToBottom = true;
    m_pill->clear();
    fillViewport();
    scrollToNewest();
}

void ChatListView::onAppended(int count, int inbound)
{
    Q_UNUSED(inbound)
    if (m_stickToBottom) {
        executeDelayedItemsLayout();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else {
        m_pill->addMessages(count);
    }
}

QString ChatListView::selectedText() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex());
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.size() == 1)
        return rows.first().data(MessageListModel::BodyRole).toString();
    QStringList parts;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString when = StatusPresentation::shortDateTime(index.data(MessageListModel::TimeRole).toDateTime());
        parts << QStringLiteral("[%1] %2: %3")
                     .arg(when, index.data(MessageListModel::SenderNameRole).toString(),
                          index.data(MessageListModel::BodyRole).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

void ChatListView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ChatListView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_End && (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier)))) {
        scrollToNewest();
        event->accept();
        return;
    }
    const QModelIndex current = currentIndex();
    if (event->matches(QKeySequence::Delete) && current.isValid() &&
        current.data(MessageListModel::CanCancelRole).toBool()) {
        emit cancelRequested(current.data(MessageListModel::MessageIdRole).toLongLong());
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    if (current.isValid() && event->modifiers() == ctrlShift && event->key() == Qt::Key_S) {
        saveAttachments(current, 0);
        event->accept();
        return;
    }
    if (current.isValid() && event->modifiers() == ctrlShift && event->key() == Qt::Key_M &&
        current.data(MessageListModel::FiledSharedRole).toBool()) {
        emit moveRequested(current.data(MessageListModel::MessageIdRole).toLongLong());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) &&
        current.isValid() && current.data(MessageListModel::IsOutgoingRole).toBool()) {
        emit statusDetailsRequested(current.data(MessageListModel::MessageIdRole).toLongLong());
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Up && current.isValid() && current.row() == 0 && m_model && m_model->hasOlder()) {
        loadOlder();
        const QModelIndex above = current.sibling(current.row() - 1, 0);
        if (above.isValid())
            setCurrentIndex(above);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ChatListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid())
        return;
    if (selectionModel() && !selectionModel()->isSelected(index))
        setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chatContextMenu"));
    QAction *copy = menu.addAction(tr("&Copy"), this, &ChatListView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    const qint64 id = index.data(MessageListModel::MessageIdRole).toLongLong();
    if (index.data(MessageListModel::IsOutgoingRole).toBool()) {
        menu.addAction(tr("Delivery &Details…"), this, [this, id] { emit statusDetailsRequested(id); });
        if (index.data(MessageListModel::CanRetryRole).toBool())
            menu.addAction(tr("&Retry Sending"), this, [this, id] { emit retryRequested(id); });
        if (index.data(MessageListModel::CanSendHeldRole).toBool())
            menu.addAction(tr("Send &Now"), this, [this, id] { emit sendHeldRequested(id); });
        if (index.data(MessageListModel::CanCancelRole).toBool()) {
            const bool held = index.data(MessageListModel::CanSendHeldRole).toBool();
            QAction *cancel = menu.addAction(held ? tr("&Discard") : tr("Cancel &Message"), this,
                                             [this, id] { emit cancelRequested(id); });
            cancel->setShortcut(QKeySequence::Delete);
        }
    }
    const QVariantList media = index.data(MessageListModel::MediaRole).toList();
    for (int i = 0; i < media.size(); ++i) {
        const MessageMedia item = media.at(i).value<MessageMedia>();
        if (!item.isStored())
            continue;
        QAction *save = menu.addAction(media.size() == 1 ? tr("Save &Attachment…")
                                                         : tr("Save &Attachment %1 (%2)…").arg(i + 1).arg(item.contentType),
                                       this, [this, index, i] { saveAttachments(index, i); });
        if (i == 0)
            save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    }
    if (index.data(MessageListModel::FiledSharedRole).toBool()) {
        QAction *move = menu.addAction(tr("&Move to Another Patient…"), this, [this, id] { emit moveRequested(id); });
        move->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    }
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    menu.exec(at);
}

void ChatListView::saveAttachments(const QModelIndex &index, int which)
{
    const QVariantList media = index.data(MessageListModel::MediaRole).toList();
    int seen = 0;
    for (int i = 0; i < media.size(); ++i) {
        const MessageMedia item = media.at(i).value<MessageMedia>();
        if (item.isStored() && (i == which || (which == 0 && seen == 0))) {
            AttachmentSaver::saveWithDialog(this, item);
            return;
        }
        seen += item.isStored() ? 1 : 0;
    }
}

void ChatListView::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid() || !index.data(MessageListModel::IsOutgoingRole).toBool())
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    if (m_delegate->statusRect(option, index).contains(event->position().toPoint()) &&
        StatusKind(index.data(MessageListModel::StatusKindRole).toInt()) == StatusKind::Failed)
        emit statusDetailsRequested(index.data(MessageListModel::MessageIdRole).toLongLong());
}

void ChatListView::resizeEvent(QResizeEvent *event)
{
    const bool stuck = m_stickToBottom;
    QListView::resizeEvent(event);
    m_pill->reposition();
    if (event->size().width() != event->oldSize().width())
        executeDelayedItemsLayout();
    if (stuck)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace cd::ui
