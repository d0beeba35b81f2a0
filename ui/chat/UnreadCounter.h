#pragma once

#include "core/messaging/Message.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace cd {
class MessageStore;
}

namespace cd::ui {

// Unread inbound messages per patient (0 = the unmatched list), kept current from MessageEvents (this process and,
// through the data-version watch, other processes). Feeds the patient list badges, the window title and the tray.
class UnreadCounter : public QObject
{
    Q_OBJECT
public:
    explicit UnreadCounter(MessageStore *store, QObject *parent = nullptr);

    int total() const { return m_total; } // patients and unmatched
    int count(qint64 patientId) const { return m_counts.value(patientId); }
    int unmatched() const { return m_counts.value(0); }
    QHash<qint64, int> counts() const { return m_counts; }

    // Re-reads the counts now (normally debounced after MessageEvents).
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
    void scheduleRefresh();

    MessageStore *m_store;
    QTimer *m_debounce;
    QHash<qint64, int> m_counts;
    int m_total = 0;
    bool m_loaded = false;
};

} // namespace cd::ui
