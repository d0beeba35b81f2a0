#include "ui/search/HistorySearchDialog.h"

#include "core/messaging/MessageStore.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int MessageIdRole = Qt::UserRole + 1;
constexpr int PatientIdRole = Qt::UserRole + 2;
constexpr int ResultLimit = 200;
} // namespace

HistorySearchDialog::HistorySearchDialog(MessageStore *messages, QWidget *parent)
    : QDialog(parent), m_messages(messages), m_field(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("historySearchDialog"));
    setWindowTitle(tr("Search Messages"));
    m_field->setObjectName(QStringLiteral("historySearchField"));
    m_field->setAccessibleName(tr("Search all messages"));
    m_field->setPlaceholderText(tr("Words from any message, at least 3 letters"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("historySearchResults"));
    m_results->setAccessibleName(tr("Messages found"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_status->setObjectName(QStringLiteral("historySearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Search result count"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 520);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250); // one query per typing pause, not per key
    connect(m_typing, &QTimer::timeout, this, &HistorySearchDialog::search);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive() || m_results->count() == 0)
            search();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            openCurrent();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, &HistorySearchDialog::openCurrent);
    m_field->installEventFilter(this);
}

bool HistorySearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the field goes to the results, as in the patient search.
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->count() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (m_results->currentRow() < 0)
            m_results->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void HistorySearchDialog::search()
{
    m_typing->stop();
    m_results->clear();
    const QString text = m_field->text().simplified();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    auto hits = m_messages->search(text, ResultLimit);
    if (!hits) {
        m_status->setText(hits.error().message);
        return;
    }
    const QLocale locale;
    for (const SearchHit &hit : std::as_const(*hits)) {
        const Message &m = hit.message;
        const QString who = hit.patientName.isEmpty() ? tr("Unmatched %1").arg(m.fromNumber) : hit.patientName;
        QString body = m.body.simplified();
        if (body.size() > 160)
            body = body.left(159) + QChar(0x2026);
        const QString line = tr("%1 · %2 · %3\n%4")
                                 .arg(who, locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat),
                                      m.isInbound() ? tr("received") : tr("sent"), body);
        auto *item = new QListWidgetItem(line, m_results); // item text is plain text, never rich text
        item->setData(MessageIdRole, m.id);
        item->setData(PatientIdRole, m.patientId.value_or(0));
    }
    m_status->setText(hits->size() >= ResultLimit
                          ? tr("The newest %n messages; add a word to narrow the search.", nullptr, ResultLimit)
                          : tr("%n message(s) found.", nullptr, int(hits->size())));
}

void HistorySearchDialog::openCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    emit openRequested(item->data(PatientIdRole).toLongLong(), item->data(MessageIdRole).toLongLong());
    accept();
}

} // namespace cd::ui
