#include "core/messaging/UnreadCounter.h"

#include "core/messaging/MessageStore.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUnread, "clinicdesk.unread")

namespace cd {

UnreadCounter::UnreadCounter(MessageStore *store, QObject *parent, bool loadNow)
    : QObject(parent), m_store(store), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(50); // a sync cycle stores replies one by one: count once afterwards
    connect(m_debounce, &QTimer::timeout, this, &UnreadCounter::recountChanged);
    connect(store, &MessageStore::changed, this, &UnreadCounter::onChanged);
    if (loadNow)
        refresh();
}

void UnreadCounter::onChanged(const MessageChange &change)
{
    // A delivery receipt never changes what is unread: only new, read, attached or foreign rows do.
    if (!change.has(MessageChange::Inserted) && !change.has(MessageChange::Read) &&
        !change.has(MessageChange::Attached) && !change.has(MessageChange::Elsewhere) &&
        !change.has(MessageChange::ElsewhereIn))
        return;
    if (change.has(MessageChange::Elsewhere))
        m_recountAll = true;
    else
        m_dirty.unite(change.conversations);
    m_debounce->start();
}

void UnreadCounter::recountChanged()
{
    if (m_recountAll || !m_loaded) {
        refresh();
        return;
    }
    QHash<qint64, int> counts = m_counts;
    for (qint64 conversation : std::as_const(m_dirty)) {
        auto fresh = m_store->unreadCount(conversation);
        if (!fresh) {
            qCWarning(lcUnread) << "counting unread messages failed:" << fresh.error().code;
            refresh();
            return;
        }
        if (*fresh > 0)
            counts.insert(conversation, *fresh);
        else
            counts.remove(conversation);
    }
    m_dirty.clear();
    apply(counts);
}

QString UnreadCounter::titleWithCount(const QString &title, int unread)
{
    return unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title;
}

void UnreadCounter::refresh()
{
    m_recountAll = false;
    m_dirty.clear();
    auto fresh = m_store->unreadCounts();
    if (!fresh) {
        qCWarning(lcUnread) << "counting unread messages failed:" << fresh.error().code;
        return;
    }
    QHash<qint64, int> counts;
    for (auto it = fresh->cbegin(); it != fresh->cend(); ++it) {
        if (it.value() > 0)
            counts.insert(it.key(), it.value());
    }
    apply(counts);
}

void UnreadCounter::apply(const QHash<qint64, int> &counts)
{
    if (m_loaded && counts == m_counts)
        return;
    const QHash<qint64, int> old = m_counts;
    const bool firstLoad = !m_loaded;
    m_counts = counts;
    m_loaded = true;
    int total = 0;
    for (int n : std::as_const(m_counts))
        total += n;
    const bool totalMoved = total != m_total;
    m_total = total;

    QSet<qint64> touched;
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        touched.insert(it.key());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        touched.insert(it.key());
    for (qint64 id : std::as_const(touched)) {
        const int before = old.value(id);
        const int now = m_counts.value(id);
        if (before == now)
            continue;
        emit patientCountChanged(id, now);
        if (firstLoad || now <= before)
            continue; // only replies that arrive while the app runs are announced
        auto page = id == 0 ? m_store->unmatched(5) : m_store->thread(id, 10);
        if (!page)
            continue;
        for (const Message &m : std::as_const(page->messages)) {
            if (m.isInbound()) {
                emit newReply(id, m);
                break;
            }
        }
    }
    if (totalMoved)
        emit totalChanged(m_total);
    emit countsChanged();
}

} // namespace cd
