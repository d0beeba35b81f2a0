#pragma once

#include "core/messaging/Message.h"
#include "core/messaging/MessageChange.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace cd {
class MessageStore;
}

namespace cd {

// Unread inbound messages per patient (0 = the unmatched list), kept current from MessageStore::changed (this process
// and, through the data-version watch, other processes). Feeds the patient list badges, the window title and the tray.
class UnreadCounter : public QObject
{
    Q_OBJECT
public:
    // `loadNow` false: nothing is read until refresh() (the GUI counts after its first frame).
    explicit UnreadCounter(MessageStore *store, QObject *parent = nullptr, bool loadNow = true);

    int total() const { return m_total; } // patients and unmatched
    int count(qint64 patientId) const { return m_counts.value(patientId); }
    int unmatched() const { return m_counts.value(0); }
    QHash<qint64, int> counts() const { return m_counts; }

    // Re-reads every count now (changes recount only their conversations, debounced).
    void refresh();
    // "(3) ClinicDesk" style prefix for a window title; the title itself when nothing is unread.
    static QString titleWithCount(const QString &title, int unread);

signals:
    void countsChanged();
    void totalChanged(int total);
    void patientCountChanged(qint64 patientId, int count);
    // A patient's unread count went up: the newest inbound message (patientId 0 = an unmatched sender).
    void newReply(qint64 patientId, const cd::Message &message);

private:
    void onChanged(const cd::MessageChange &change);
    void recountChanged(); // only the conversations that changed, after the debounce
    void apply(const QHash<qint64, int> &counts);

    MessageStore *m_store;
    QTimer *m_debounce;
    QHash<qint64, int> m_counts;
    int m_total = 0;
    bool m_loaded = false;
    QSet<qint64> m_dirty;
    bool m_recountAll = false;
};

} // namespace cd
