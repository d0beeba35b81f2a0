#pragma once

#include "core/messaging/MessageMedia.h"
#include "core/messaging/MessageStore.h"
#include "ui/chat/StatusPresentation.h"

#include <QAbstractListModel>
#include <QSet>

#include <functional>

#include <optional>

namespace cd::ui {

// One conversation, oldest row first (the newest message is the last row, at the bottom of the view).
// Opens with the newest page only; older pages are prepended through canFetchMore/fetchMore as the user scrolls up.
// Rows are de-duplicated by message id; live changes (MessageStore::changed) update rows in place or append new ones.
//
// The view must not fetch on its own: QAbstractItemView fetches when the LAST row is visible, which in a chat is
// always the case. So canFetchMore() is true only while the view has armed it (the user is at the top).
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        MessageRole,     // cd::Message
        BodyRole,        // QString, plain text
        IsOutgoingRole,  // bool
        TimeRole,        // QDateTime, local time the message was written/received
        TimeTextRole,    // "3:04 PM"
        StatusKindRole,  // int (cd::ui::StatusKind)
        StatusLabelRole, // short status words
        StatusToolTipRole,
        CanRetryRole,        // bool
        CanCancelRole,       // bool: Cancel Message (Delete) applies
        CanSendHeldRole,     // bool: "not sent" (waited too long): Send Now / Discard
        ShowStatusLabelRole, // bool: words next to the icon (problems, and the newest outgoing message)
        DaySeparatorRole,    // "Today", "Yesterday", a date; empty when this row continues the previous row's day
        HasDaySeparatorRole, // bool, cheap (sizeHint runs for every row on each layout)
        IsDemoRole,
        SenderNameRole, // "Maria Lopez" / "You" / "(415) 555-0100"
        NoteRole, // QString, plain text: what another area made of a reply ("Confirmed: Tue 12/9/26 10:30 AM …")
        ThumbnailsRole,  // QVariantList of QImage: the MMS photos, scaled for the bubble
        ExtraLinesRole,  // QStringList, plain text: shared-number filing, attachments that are files or not here yet
        MediaRole,       // QVariantList of cd::MessageMedia
        FiledSharedRole, // bool: routed among several patients with one number (Move to another patient…)
    };
    // Gives the note of an inbound message (empty: none). Set by the area that acts on replies (appointments), so
    // the chat needs no knowledge of it.
    using NoteProvider = std::function<QString(const Message &)>;

    explicit MessageListModel(MessageStore *store, QObject *parent = nullptr);

    // Shows a patient's conversation (loads its newest page); 0 clears the model.
    void setPatient(qint64 patientId, const QString &patientName = {});
    // Shows the replies from unknown numbers instead.
    void setUnmatched();
    qint64 patientId() const { return m_patientId; }
    bool isUnmatched() const { return m_unmatched; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool hasOlder() const { return m_next.has_value(); }
    // Prepends the next older page (what fetchMore does once armed); the chat view calls it when the user is at
    // the top. False when nothing older was loaded.
    bool loadOlderPage();
    void setFetchArmed(bool armed) { m_fetchArmed = armed; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    // Re-reads the newest page: appends new messages, updates changed ones.
    void refresh();
    void setNoteProvider(NoteProvider provider);
    // Asks the provider again for the loaded replies (a reply was applied, or staff chose its appointment).
    void refreshNotes();
    // Drops loaded older rows beyond `keep` (memory bound once the user is back at the bottom).
    void trimOlder(int keep);

    int rowOfMessage(qint64 messageId) const; // -1 when not loaded
    const Message *messageAt(int row) const;
    std::optional<Error> lastError() const { return m_lastError; }

signals:
    // Messages appended at the bottom by a live update (not by opening or paging).
    void messagesAppended(int count, int inboundCount);
    void loadFailed(const cd::Error &error);

private:
    Result<MessagePage> query(int limit, const std::optional<MessageCursor> &before) const;
    void reload();
    void updateRow(int row, const Message &message);
    // Places a message not yet shown (appended when newest); false when it is older than the loaded window.
    bool placeNew(const Message &message, int *appended, int *inbound);
    // After rows were placed or updated: the clock-driven statuses, the last outgoing mark, messagesAppended.
    void finishRefresh(int appended, int inbound);
    // The rows of a change that are new to this view, by id (a few single-row reads instead of a page); false
    // when that is not enough and a page must be read.
    bool addChangedRows(const cd::MessageChange &change);
    void onChanged(const cd::MessageChange &change);
    void updateLastOutgoing();
    bool concerns(qint64 patientId) const;
    QDate localDate(int row) const;

    // A message with what painting needs, computed once per load/update (paint runs per frame).
    struct Row
    {
        Message message;
        StatusInfo status;
        QDateTime localTime;
        QString timeText;
        QString note;
        QList<MessageMedia> media;
        QVariantList thumbnails;
        QStringList extraLines;
    };
    void loadMedia(Row &row) const;
    Row makeRow(const Message &message) const;

    MessageStore *m_store;
    qint64 m_patientId = 0;
    bool m_unmatched = false;
    QString m_patientName;
    QString m_region;  // for unmatched senders' numbers
    QList<Row> m_rows; // oldest first
    QSet<qint64> m_ids;
    std::optional<MessageCursor> m_next;
    std::optional<Error> m_lastError;
    qint64 m_lastOutgoingId = 0;
    int m_pageSize = 60;
    bool m_fetchArmed = false;
    bool m_changing = false;
    NoteProvider m_noteProvider;
};

} // namespace cd::ui
