#include "ui/chat/DeskAwarenessBar.h"

#include "core/desks/OfflineQueue.h"
#include "core/desks/PresenceWatch.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

DeskAwarenessBar::DeskAwarenessBar(PresenceWatch *presence, OfflineQueue *offline, QWidget *parent)
    : QWidget(parent), m_presence(presence), m_offline(offline), m_others(new QLabel(this)),
      m_waiting(new QLabel(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("deskAwareness"));
    m_others->setObjectName(QStringLiteral("chatPresence"));
    m_waiting->setObjectName(QStringLiteral("chatWaiting"));
    for (QLabel *label : {m_others, m_waiting}) {
        label->setTextFormat(Qt::PlainText); // staff names and message texts are never markup
        label->setWordWrap(true);
        label->setContentsMargins(10, 4, 10, 4);
        label->hide();
    }
    m_others->setAccessibleName(tr("Other desks in this conversation"));
    m_waiting->setAccessibleName(tr("Texts waiting for the clinic database"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_others);
    layout->addWidget(m_waiting);

    if (m_presence)
        connect(m_presence, &PresenceWatch::changed, this, [this](qint64 id) {
            if (id == m_patientId)
                refresh();
        });
    if (m_offline)
        connect(m_offline, &OfflineQueue::changed, this, &DeskAwarenessBar::refresh);
    // "replied 10 seconds ago" counts on; typing fades after a few seconds without news.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DeskAwarenessBar::refresh);
    hide();
}

void DeskAwarenessBar::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    refresh();
}

void DeskAwarenessBar::refresh()
{
    const QString others = m_presence ? m_presence->describe(m_patientId) : QString();
    m_others->setText(others);
    m_others->setAccessibleDescription(others);
    m_others->setVisible(!others.isEmpty());

    QString waiting;
    if (m_offline && m_patientId > 0) {
        const auto entries = m_offline->waiting(m_patientId);
        if (!entries.isEmpty())
            waiting = tr("%n text(s) waiting on this computer until the clinic database is back (nothing is lost): "
                         "“%1”",
                         nullptr, int(entries.size()))
                          .arg(entries.constLast().body.left(80));
    }
    m_waiting->setText(waiting);
    m_waiting->setAccessibleDescription(waiting);
    m_waiting->setVisible(!waiting.isEmpty());

    const bool anything = !others.isEmpty() || !waiting.isEmpty();
    setVisible(anything);
    if (!others.isEmpty())
        m_tick->start();
    else
        m_tick->stop();
}

QString DeskAwarenessBar::presenceText() const
{
    return m_others->isVisibleTo(this) ? m_others->text() : QString();
}

QString DeskAwarenessBar::waitingText() const
{
    return m_waiting->isVisibleTo(this) ? m_waiting->text() : QString();
}

} // namespace cd::ui
