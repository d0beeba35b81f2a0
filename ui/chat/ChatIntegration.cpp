#include "ui/chat/ChatIntegration.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/UnreadCounter.h"
#include "core/patients/PatientStore.h"
#include "core/secrets/StoredCredentialsProvider.h"
#include "core/services/AppServices.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/StatusPresentation.h"
#include "ui/chat/UnreadConversationsModel.h"
#include "ui/common/FirstPaint.h"
#include "ui/search/HistorySearchDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/notify/TrayNotifier.h"
#include "ui/patients/PatientItemDelegate.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/OverviewPane.h"
#include "ui/profile/ProfileView.h"
#include "ui/unmatched/UnmatchedRepliesView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcChatIntegration, "clinicdesk.ui.chatintegration")

namespace cd::ui {

ChatIntegration::ChatIntegration(AppServices &services, MainWindow *window)
    : QObject(window), m_window(window), m_patients(&services.patients()), m_messages(&services.messages()),
      m_messaging(&services.messaging())
{
    PatientStore *patients = m_patients;
    m_unread = new UnreadCounter(m_messages, this, false); // counted after the first frame
    m_tray = new TrayNotifier(m_unread, patients, window, this);
    m_chat = new ChatView(m_messages, patients, m_messaging);
    // A shared clinic database: other desks' typing and replies, texts kept here while the server is away.
    m_chat->setDesks(services.presence(), services.offlineQueue(), services.changeFeed());

    m_unmatchedButton = new QPushButton;
    m_unmatchedButton->setObjectName(QStringLiteral("unmatchedRepliesButton"));
    m_unmatchedButton->setToolTip(tr("Replies from numbers that belong to no patient"));
    m_unmatchedButton->setFlat(true);
    connect(m_unmatchedButton, &QPushButton::clicked, this, &ChatIntegration::showUnmatched);

    connect(m_chat, &ChatView::editPatientRequested, window, &MainWindow::editPatient);
    connect(m_chat, &ChatView::settingsRequested, window, &MainWindow::showSettings);
    connect(m_tray, &TrayNotifier::openPatientRequested, this, [this](qint64 patientId) {
        if (patientId == 0) {
            showUnmatched();
            return;
        }
        m_window->openPatient(patientId, true);
        m_window->profile()->tabs()->setCurrentIndex(ProfileView::ChatTab);
    });
    // Unread badges in the patient list.
    QListView *patientList = window->patientList()->listView();
    const QPointer<UnreadCounter> counter = m_unread;
    const auto lookup = [counter](qint64 id) { return counter ? counter->count(id) : 0; };
    if (auto *delegate = qobject_cast<PatientItemDelegate *>(patientList->itemDelegate()))
        delegate->setUnreadLookup(lookup);

    // "Unread Only": the patients with unread replies, most recent first, in place of the full list.
    m_sidebar = new QWidget;
    m_sidebar->setObjectName(QStringLiteral("chatSidebar"));
    m_unreadOnly = new QToolButton(m_sidebar);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnlyButton"));
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setToolTip(tr("Show only patients with unread replies, most recent first"));
    m_unreadModel = new UnreadConversationsModel(m_messages, patients, this);
    m_unreadList = new QListView(m_sidebar);
    m_unreadList->setObjectName(QStringLiteral("unreadConversationsList"));
    m_unreadList->setAccessibleName(tr("Patients with unread replies"));
    m_unreadList->setModel(m_unreadModel);
    auto *unreadDelegate = new PatientItemDelegate(m_unreadList);
    unreadDelegate->setUnreadLookup(lookup);
    m_unreadList->setItemDelegate(unreadDelegate);
    m_unreadList->setUniformItemSizes(true);
    m_unreadList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_unreadList->hide();
    connect(m_unreadOnly, &QToolButton::toggled, this, &ChatIntegration::setUnreadOnly);
    connect(m_unreadList, &QListView::activated, this, [this](const QModelIndex &index) {
        m_window->openPatient(index.data(PatientListModel::PatientIdRole).toLongLong(), true);
    });
    connect(m_unreadList, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_window->openPatient(index.data(PatientListModel::PatientIdRole).toLongLong(), false);
    });
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_unreadOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_unmatchedButton);
    auto *sidebarLayout = new QVBoxLayout(m_sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(m_unreadList, 1);
    sidebarLayout->addLayout(buttons);

    connect(m_unread, &UnreadCounter::countsChanged, this, [this, patientList] {
        updateWindowTitle();
        updateUnmatchedButton();
        m_unreadModel->reload();
        patientList->viewport()->update();
    });
    // The Overview tab: record consent, and the latest message of the conversation.
    OverviewPane *overview = window->profile()->overview();
    connect(overview, &OverviewPane::recordConsentRequested, m_chat, &ChatView::recordConsent);
    connect(m_chat, &ChatView::patientShown, this, &ChatIntegration::updateLastMessage);
    connect(m_messages, &MessageStore::changed, this, [this](const MessageChange &change) {
        if (const auto patient = m_chat->patient(); patient && change.touches(patient->id))
            updateLastMessage();
    });

    updateWindowTitle();
    updateUnmatchedButton();
    m_historySearch = new QAction(tr("Search &Messages…"), this);
    m_historySearch->setObjectName(QStringLiteral("historySearchAction"));
    m_historySearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_historySearch->setStatusTip(tr("Find a message in every conversation"));
    connect(m_historySearch, &QAction::triggered, this, &ChatIntegration::showHistorySearch);
    window->addAction(m_historySearch);

    whenFirstPainted(patientList->viewport(), this, [this] { startAfterFirstPaint(); });
    QTimer::singleShot(1000, this, &ChatIntegration::startAfterFirstPaint);
}

void ChatIntegration::startAfterFirstPaint()
{
    if (m_started)
        return;
    m_started = true;
    const auto started = m_messaging->start();
    if (!started)
        qCWarning(lcChatIntegration) << "messaging is off:" << started.error().code;
    m_window->setDemoMode(m_messaging->isDemo());
    // An inactive window polls at the idle interval; coming back polls at the chat's pace again.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        m_messaging->setWindowActive(state == Qt::ApplicationActive);
    });
    // Messages stored or sent by another process (a scheduled `clinicdesk-cli sync`) show up too.
    m_messages->watchDataVersion();
    m_unread->refresh(); // one read of the summaries with unread replies; the unread list follows (countsChanged)
}

QString ChatIntegration::lastMessageSummary(MessageStore &messages, qint64 patientId)
{
    auto page = messages.thread(patientId, 1);
    if (!page || page->messages.isEmpty())
        return tr("No messages yet");
    const Message &m = page->messages.constFirst();
    const QDateTime when = (m.isInbound() && m.sentAt.isValid() ? m.sentAt : m.createdAt).toLocalTime();
    const QString day =
        when.date() == QDate::currentDate() ? tr("Today") : QLocale().toString(when.date(), QLocale::ShortFormat);
    QString body = m.body.simplified();
    if (body.size() > 120)
        body = body.left(119) + QChar(0x2026);
    const QString who = m.isInbound() ? tr("Patient") : tr("You");
    QString text = tr("%1 %2 · %3: %4").arg(day, StatusPresentation::shortTime(when.time()), who, body);
    if (!m.isInbound())
        text += QStringLiteral(" (%1)").arg(StatusPresentation::describe(m, Clock::instance().nowUtc()).label);
    return text;
}

void ChatIntegration::updateLastMessage()
{
    const auto patient = m_chat->patient();
    if (!patient)
        return;
    m_window->profile()->overview()->setLastMessage(lastMessageSummary(*m_messages, patient->id));
}

// The messaging service outlives the window: AppServices stops it (letting a send finish) when the process ends.
ChatIntegration::~ChatIntegration() = default;

void ChatIntegration::reloadCredentials()
{
    (void)m_messaging->restart(makeStoredCredentialsProvider());
}

void ChatIntegration::updateWindowTitle()
{
    m_window->setWindowTitle(UnreadCounter::titleWithCount(tr("ClinicDesk"), m_unread->total()));
}

void ChatIntegration::setUnreadOnly(bool on)
{
    if (m_unreadOnly->isChecked() != on)
        m_unreadOnly->setChecked(on);
    m_unreadModel->reload();
    m_window->patientList()->setVisible(!on);
    m_unreadList->setVisible(on);
    m_sidebar->setSizePolicy(QSizePolicy::Preferred, on ? QSizePolicy::Expanding : QSizePolicy::Maximum);
}

void ChatIntegration::updateUnmatchedButton()
{
    const int total = m_unread->total() - m_unread->unmatched();
    m_unreadOnly->setText(total > 0 ? tr("Unread Only (%1)").arg(total) : tr("Unread Only"));
    m_unreadOnly->setAccessibleName(m_unreadOnly->text());
    const int unread = m_unread->unmatched();
    m_unmatchedButton->setText(unread > 0 ? tr("Unmatched Replies (%1)").arg(unread) : tr("Unmatched Replies"));
    m_unmatchedButton->setAccessibleName(m_unmatchedButton->text());
}

void ChatIntegration::showHistorySearch()
{
    auto *dialog = new HistorySearchDialog(m_messages, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistorySearchDialog::openRequested, this, [this](qint64 patientId, qint64 messageId) {
        if (patientId == 0) {
            showUnmatched();
            return;
        }
        m_window->openPatient(patientId, true);
        m_window->profile()->tabs()->setCurrentIndex(ProfileView::ChatTab);
        m_chat->showMessage(messageId);
    });
    dialog->show();
}

void ChatIntegration::showUnmatched()
{
    if (!m_unmatchedWindow) {
        m_unmatchedWindow = new QDialog(m_window);
        m_unmatchedWindow->setObjectName(QStringLiteral("unmatchedRepliesWindow"));
        m_unmatchedWindow->setWindowTitle(tr("Unmatched Replies"));
        m_unmatchedView = new UnmatchedRepliesView(m_messages, m_patients, m_unmatchedWindow);
        auto *layout = new QVBoxLayout(m_unmatchedWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_unmatchedView);
        m_unmatchedWindow->resize(620, 640);
        connect(m_unmatchedView, &UnmatchedRepliesView::attached, this,
                [this](qint64 patientId, int) { m_window->openPatient(patientId, false); });
    }
    m_unmatchedView->reload();
    m_unmatchedWindow->show();
    m_unmatchedWindow->raise();
    m_unmatchedWindow->activateWindow();
}

} // namespace cd::ui
