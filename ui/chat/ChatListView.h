#pragma once

#include <QListView>

namespace cd::ui {

class BubbleDelegate;
class MessageListModel;
class NewMessagesPill;

// The conversation list: newest at the bottom and kept there while the user is at the bottom; older pages load when
// the user reaches the top (the visible messages stay where they were); new messages arriving while the user reads
// further up show the "new messages" pill instead of moving the view. Ctrl+C and the context menu copy the
// selected messages as plain text.
class ChatListView : public QListView
{
    Q_OBJECT
public:
    explicit ChatListView(QWidget *parent = nullptr);

    void setMessageModel(MessageListModel *model);
    MessageListModel *messageModel() const { return m_model; }
    BubbleDelegate *bubbleDelegate() const { return m_delegate; }
    NewMessagesPill *pill() const { return m_pill; }

    bool isAtBottom() const;
    void scrollToNewest();
    // Loads one older page keeping the visible messages in place. False when there is nothing older.
    bool loadOlder();
    QString selectedText() const;
    void copySelection() const;

    // How many rows may stay loaded once the user is back at the newest messages (memory bound on long threads).
    void setMaxRowsAtBottom(int rows) { m_maxRowsAtBottom = rows; }

signals:
    void retryRequested(qint64 messageId);
    void cancelRequested(qint64 messageId);   // context menu or the Delete key
    void sendHeldRequested(qint64 messageId); // Send Now on a "not sent" message
    void statusDetailsRequested(qint64 messageId);
    // A reply filed among several patients with one number: "Move to Another Patient…" (Ctrl+Shift+M).
    void moveRequested(qint64 messageId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onModelReset();
    void onAppended(int count, int inbound);
    void maybeLoadOlder();
    void fillViewport();
    // "Save Attachment…" for the current reply's stored media (Ctrl+Shift+S): the first one, or the one chosen.
    void saveAttachments(const QModelIndex &index, int which);

    MessageListModel *m_model = nullptr;
    BubbleDelegate *m_delegate;
    NewMessagesPill *m_pill;
    bool m_stickToBottom = true;
    bool m_loadingOlder = false;
    bool m_olderQueued = false;
    int m_maxRowsAtBottom = 600;
};

} // namespace cd::ui
