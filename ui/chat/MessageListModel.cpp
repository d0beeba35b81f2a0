#include "ui/chat/MessageListModel.h"

#include "core/common/Clock.h"
#include "core/messaging/MediaStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/settings/AppSettings.h"

#include <QImageReader>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopedValueRollback>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMessageModel, "clinicdesk.ui.messagemodel")

namespace cd::ui {

namespace {

// Store order: (created_at, id) ascending in the model.
bool isBefore(const Message &a, const Message &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

} // namespace

MessageListModel::MessageListModel(MessageStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(store, &MessageStore::changed, this, &MessageListModel::onChanged);
}

void MessageListModel::setPatient(qint64 patientId, const QString &patientName)
{
    m_patientId = patientId;
    m_unmatched = false;
    m_patientName = patientName;
    reload();
}

void MessageListModel::setUnmatched()
{
    m_patientId = 0;
    m_unmatched = true;
    m_patientName.clear();
    m_region = AppSettings::phoneRegion();
    reload();
}

bool MessageListModel::concerns(qint64 patientId) const
{
    return m_unmatched ? patientId == 0 : (m_patientId != 0 && patientId == m_patientId);
}

Result<MessagePage> MessageListModel::query(int limit, const std::optional<MessageCursor> &before) const
{
    if (m_unmatched)
        return m_store->unmatched(limit, before);
    return m_store->thread(m_patientId, limit, before);
}

MessageListModel::Row MessageListModel::makeRow(const Message &message) const
{
    Row row;
    row.message = message;
    row.status = StatusPresentation::describe(message, Clock::instance().nowUtc());
    const QDateTime when = message.isInbound() && message.sentAt.isValid() ? message.sentAt : message.createdAt;
    row.localTime = when.toLocalTime();
    row.timeText = StatusPresentation::shortTime(row.localTime.time());
    if (m_noteProvider && message.isInbound())
        row.note = m_noteProvider(message);
    loadMedia(row);
    return row;
}

void MessageListModel::loadMedia(Row &row) const
{
    const Message &message = row.message;
    if (message.filedShared && message.patientId && !m_unmatched)
        //: A reply from a phone number several patients share; %1 is the patient it was filed under
        row.extraLines << tr("Shared number \u2014 filed under %1").arg(m_patientName);
    if (message.numMedia <= 0)
        return;
    auto media = MediaStore(*m_store).forMessage(message.id);
    if (!media) {
        row.extraLines << tr("Attachment: could not be read");
        return;
    }
    row.media = *media;
    if (row.media.isEmpty())
        row.extraLines << tr("%n attachment(s) not downloaded yet", nullptr, message.numMedia);
    constexpr int ThumbnailSide = 220; // device-independent pixels
    for (const MessageMedia &item : std::as_const(row.media)) {
        if (item.isStored() && item.isImage()) {
            QImageReader reader(item.filePath);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && (size.width() > ThumbnailSide || size.height() > ThumbnailSide))
                reader.setScaledSize(size.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull()) {
                row.thumbnails << image;
                continue;
            }
        }
        if (item.isStored())
            //: An attachment that is a file (not a photo): its type and size; saved from the context menu
            row.extraLines << tr("Attachment: %1 (Save attachment\u2026)").arg(mediaStateText(item));
        else
            row.extraLines << mediaStateText(item);
    }
}

void MessageListModel::setNoteProvider(NoteProvider provider)
{
    m_noteProvider = std::move(provider);
    refreshNotes();
}

void MessageListModel::refreshNotes()
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row &r = m_rows[row];
        if (!r.message.isInbound())
            continue;
        const QString note = m_noteProvider ? m_noteProvider(r.message) : QString();
        if (note == r.note)
            continue;
        r.note = note;
        emit dataChanged(index(row), index(row));
    }
}

void MessageListModel::reload()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_next.reset();
    m_lastError.reset();
    m_lastOutgoingId = 0;
    if (m_unmatched || m_patientId != 0) {
        auto page = query(m_pageSize, std::nullopt);
        if (page) {
            m_rows.reserve(page->messages.size());
            for (auto it = page->messages.crbegin(); it != page->messages.crend(); ++it) {
                if (m_ids.contains(it->id))
                    continue;
                m_ids.insert(it->id);
                m_rows.append(makeRow(*it));
            }
            m_next = page->next;
        } else {
            m_lastError = page.error();
        }
    }
    updateLastOutgoing();
    endResetModel();
    if (m_lastError) {
        qCWarning(lcMessageModel) << "loading the conversation failed:" << m_lastError->message;
        emit loadFailed(*m_lastError);
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetchArmed && m_next.has_value();
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadOlderPage();
}

bool MessageListModel::loadOlderPage()
{
    // Views and testers may call fetchMore from inside the change signals: never prepend during another change.
    if (!m_next || m_changing)
        return false;
    const QScopedValueRollback<bool> fetching(m_changing, true);
    auto page = query(m_pageSize, m_next);
    if (!page) {
        m_lastError = page.error();
        emit loadFailed(page.error());
        return false;
    }
    QList<Row> older;
    older.reserve(page->messages.size());
    for (auto it = page->messages.crbegin(); it != page->messages.crend(); ++it) {
        if (m_ids.contains(it->id))
            continue;
        older.append(makeRow(*it));
    }
    m_next = page->next;
    if (older.isEmpty())
        return m_next.has_value();
    beginInsertRows({}, 0, int(older.size()) - 1);
    // QList keeps free space at its front: prepending is cheap however long the thread already is.
    for (auto it = older.rbegin(); it != older.rend(); ++it) {
        m_ids.insert(it->message.id);
        m_rows.prepend(std::move(*it));
    }
    endInsertRows();
    // The former first row may no longer start a day.
    const QModelIndex formerFirst = index(int(older.size()));
    emit dataChanged(formerFirst, formerFirst, {DaySeparatorRole, HasDaySeparatorRole});
    return true;
}

void MessageListModel::trimOlder(int keep)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int drop = int(m_rows.size()) - keep;
    if (keep <= 0 || drop <= 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    for (int i = 0; i < drop; ++i)
        m_ids.remove(m_rows.at(i).message.id);
    m_rows.remove(0, drop);
    const Message &first = m_rows.first().message;
    m_next = MessageCursor{first.createdAt, first.id};
    endRemoveRows();
}

void MessageListModel::refresh()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    if (!m_unmatched && m_patientId == 0)
        return;
    auto page = query(m_pageSize, std::nullopt);
    if (!page) {
        m_lastError = page.error();
        emit loadFailed(page.error());
        return;
    }
    int appended = 0;
    int inbound = 0;
    // Oldest of the page first, so appends keep the order.
    for (auto it = page->messages.crbegin(); it != page->messages.crend(); ++it) {
        const Message &m = *it;
        if (m_ids.contains(m.id)) {
            const int row = rowOfMessage(m.id);
            if (row >= 0)
                updateRow(row, m);
            continue;
        }
        (void)placeNew(m, &appended, &inbound);
    }
    finishRefresh(appended, inbound);
}

bool MessageListModel::placeNew(const Message &m, int *appended, int *inbound)
{
    // Newer than everything loaded: append. Otherwise (a message that landed inside the loaded range, e.g. an
    // attached unmatched reply) insert at its place.
    int row = int(m_rows.size());
    while (row > 0 && isBefore(m, m_rows.at(row - 1).message))
        --row;
    if (row == 0 && m_next && !m_rows.isEmpty())
        return false; // older than the loaded window: fetchMore will bring it
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(m));
    m_ids.insert(m.id);
    endInsertRows();
    if (row == int(m_rows.size()) - 1) {
        ++*appended;
        if (m.isInbound())
            ++*inbound;
    }
    return true;
}

void MessageListModel::finishRefresh(int appended, int inbound)
{
    // "Sent, no delivery receipt" comes from the clock, not from a write: re-check the rows still in "sent".
    const QDateTime now = Clock::instance().nowUtc();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.message.status != MessageStatus::Sent || r.status.kind == StatusKind::SentNoReceipt)
            continue;
        const StatusInfo fresh = StatusPresentation::describe(r.message, now);
        if (fresh.kind != r.status.kind) {
            m_rows[row].status = fresh;
            emit dataChanged(index(row), index(row));
        }
    }
    updateLastOutgoing();
    if (appended > 0)
        emit messagesAppended(appended, inbound);
}

bool MessageListModel::addChangedRows(const MessageChange &change)
{
    constexpr int MostRowsByIdOneChange = 8; // a reply or a send is one; a batch (an import, a sync) reads a page
    if (change.has(MessageChange::Elsewhere) || change.messageIds.isEmpty() ||
        change.messageIds.size() > MostRowsByIdOneChange)
        return false;
    QList<Message> fresh;
    for (qint64 id : change.messageIds) {
        if (m_ids.contains(id))
            continue;
        auto message = m_store->get(id);
        if (!message)
            return false;
        // The same rows as query(): a patient's conversation, or the replies from unknown numbers.
        const bool belongs =
            m_unmatched ? !message->patientId && message->isInbound() : message->patientId.value_or(0) == m_patientId;
        if (belongs)
            fresh << *message;
    }
    std::sort(fresh.begin(), fresh.end(), [](const Message &a, const Message &b) { return isBefore(a, b); });
    int appended = 0;
    int inbound = 0;
    for (const Message &m : std::as_const(fresh))
        (void)placeNew(m, &appended, &inbound);
    finishRefresh(appended, inbound);
    return true;
}

void MessageListModel::updateRow(int row, const Message &message)
{
    const Message &old = m_rows.at(row).message;
    if (old.status == message.status && old.updatedAt == message.updatedAt && old.readAt == message.readAt &&
        old.errorCode == message.errorCode && old.body == message.body && old.sid == message.sid)
        return;
    m_rows[row] = makeRow(message);
    emit dataChanged(index(row), index(row));
}

void MessageListModel::onChanged(const MessageChange &change)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    if (change.has(MessageChange::Elsewhere)) {
        refresh();
        return;
    }
    bool ours = false;
    for (qint64 conversation : change.conversations)
        ours = ours || concerns(conversation);
    if (change.has(MessageChange::ElsewhereIn)) {
        if (ours) // another desk wrote here; which rows is unknown
            refresh();
        return;
    }
    // Rows on screen that changed: re-read just those (a status, a read mark), or drop them when they left this
    // conversation (an unmatched reply attached to a patient).
    bool updated = false;
    for (qint64 id : change.messageIds) {
        const int row = rowOfMessage(id);
        if (row < 0)
            continue;
        auto fresh = m_store->get(id);
        if (!fresh)
            continue;
        if (fresh->patientId.value_or(0) != (m_unmatched ? 0 : m_patientId)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
            continue;
        }
        updateRow(row, *fresh);
        updated = true;
    }
    if (updated)
        updateLastOutgoing();
    // New rows in this conversation: read them by id, or the newest page when the change is large or from
    // another process (de-duplicated by id either way).
    if (ours && (change.has(MessageChange::Inserted) || change.has(MessageChange::Attached)) && !addChangedRows(change))
        refresh();
}

void MessageListModel::updateLastOutgoing()
{
    qint64 last = 0;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (!it->message.isInbound()) {
            last = it->message.id;
            break;
        }
    }
    if (last == m_lastOutgoingId)
        return;
    const int before = rowOfMessage(m_lastOutgoingId);
    m_lastOutgoingId = last;
    for (int row : {before, rowOfMessage(last)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {ShowStatusLabelRole});
    }
}

int MessageListModel::rowOfMessage(qint64 messageId) const
{
    if (messageId == 0 || !m_ids.contains(messageId))
        return -1;
    // Recent rows change most: search from the bottom.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).message.id == messageId)
            return row;
    }
    return -1;
}

const Message *MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).message : nullptr;
}

QDate MessageListModel::localDate(int row) const
{
    return m_rows.at(row).localTime.date();
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Message &m = r.message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::ToolTipRole:
    case StatusToolTipRole:
        if (m.isInbound())
            return StatusPresentation::shortDateTime(r.localTime);
        return r.status.tooltip;
    case Qt::AccessibleTextRole: {
        const QString who = data(index, SenderNameRole).toString();
        //: Screen reader text of one chat bubble: sender, time, then the message text
        const QString text = tr("%1, %2: %3").arg(who, StatusPresentation::shortDateTime(r.localTime), m.body);
        //: Screen reader text of a reply with a note, e.g. "… : C. Confirmed: Tue 12/9/26 10:30 AM with Dr. Lee"
        QString spoken = r.note.isEmpty() ? text : tr("%1. %2").arg(text, r.note);
        if (!r.thumbnails.isEmpty())
            //: Screen reader text: the reply carries photos
            spoken += QLatin1String(". ") + tr("%n photo(s) attached", nullptr, int(r.thumbnails.size()));
        for (const QString &line : r.extraLines)
            spoken += QLatin1String(". ") + line;
        return spoken;
    }
    case Qt::AccessibleDescriptionRole:
        if (m.isInbound())
            return m.isUnread() ? tr("Received, unread") : tr("Received");
        return r.status.canRetry ? tr("Sent by staff. %1. %2").arg(r.status.label, r.status.tooltip)
                                 : tr("Sent by staff. %1").arg(r.status.label);
    case MessageIdRole:
        return m.id;
    case MessageRole:
        return QVariant::fromValue(m);
    case IsOutgoingRole:
        return !m.isInbound();
    case TimeRole:
        return r.localTime;
    case TimeTextRole:
        return r.timeText;
    case StatusKindRole:
        return int(r.status.kind);
    case StatusLabelRole:
        return r.status.label;
    case CanRetryRole:
        return r.status.canRetry;
    case CanCancelRole:
        return r.status.canCancel;
    case CanSendHeldRole:
        return r.status.canSendHeld;
    case ShowStatusLabelRole:
        if (m.isInbound())
            return false;
        return m.id == m_lastOutgoingId ||
               (r.status.kind != StatusKind::Sent && r.status.kind != StatusKind::Delivered);
    case DaySeparatorRole: {
        const QDate day = localDate(index.row());
        if (index.row() > 0 && localDate(index.row() - 1) == day)
            return QString();
        const QDate today = QDate::currentDate();
        if (day == today)
            return tr("Today");
        if (day == today.addDays(-1))
            return tr("Yesterday");
        return QLocale().toString(day, QLocale::LongFormat);
    }
    case HasDaySeparatorRole:
        return index.row() == 0 || localDate(index.row() - 1) != localDate(index.row());
    case IsDemoRole:
        return m.isDemo;
    case NoteRole:
        return r.note;
    case ThumbnailsRole:
        return r.thumbnails;
    case ExtraLinesRole:
        return r.extraLines;
    case MediaRole: {
        QVariantList items;
        for (const MessageMedia &item : r.media)
            items << QVariant::fromValue(item);
        return items;
    }
    case FiledSharedRole:
        return m.filedShared && !m_unmatched;
    case SenderNameRole:
        if (!m.isInbound())
            return tr("You");
        if (m_unmatched || m_patientName.isEmpty())
            return PhoneNumbers::display(m.fromNumber, m_region);
        return m_patientName;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(BodyRole, "body");
    names.insert(IsOutgoingRole, "outgoing");
    names.insert(TimeRole, "time");
    names.insert(StatusKindRole, "statusKind");
    names.insert(StatusLabelRole, "statusLabel");
    names.insert(DaySeparatorRole, "daySeparator");
    return names;
}

} // namespace cd::ui
