#include "ui/chat/ChatView.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/messaging/OptOutKeywords.h"
#include "core/messaging/QuickReplies.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/MoveReplyDialog.h"
#include "ui/chat/Composer.h"
#include "ui/chat/DeskAwarenessBar.h"
#include "core/desks/ChangeFeed.h"
#include "core/desks/OfflineQueue.h"
#include "core/desks/PresenceWatch.h"
#include "ui/chat/MessageListModel.h"
#include "ui/chat/RecordConsentDialog.h"
#include "ui/chat/StatusPresentation.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcChatView, "clinicdesk.ui.chat")

namespace cd::ui {

ChatView::ChatView(MessageStore *messages, PatientStore *patients, MessagingService *messaging, QWidget *parent)
    : PatientPane(parent), m_messages(messages), m_patients(patients), m_worker(messaging),
      m_model(new MessageListModel(messages, this)), m_list(new ChatListView(this)), m_composer(new Composer(this)),
      m_syncStatus(new QLabel(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("chatView"));
    m_list->setMessageModel(m_model);

    m_syncStatus->setObjectName(QStringLiteral("chatSyncStatus"));
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->setWordWrap(true);
    m_syncStatus->setContentsMargins(10, 6, 10, 6);
    m_syncStatus->setAutoFillBackground(true);
    m_syncStatus->setBackgroundRole(QPalette::AlternateBase);
    m_syncStatus->hide();

    m_empty->setObjectName(QStringLiteral("chatEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_syncStatus);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_composer);
    setFocusProxy(m_composer->editor());

    connect(m_composer, &Composer::sendRequested, this, &ChatView::send);
    connect(m_composer, &Composer::blockedActionRequested, this, &ChatView::onBlockedAction);
    connect(m_list, &ChatListView::retryRequested, this, &ChatView::retry);
    connect(m_list, &ChatListView::cancelRequested, this, [this](qint64 id) { cancelMessage(id); });
    connect(m_list, &ChatListView::sendHeldRequested, this, &ChatView::sendHeldNow);
    connect(m_list, &ChatListView::moveRequested, this,
            [this](qint64 id) { MoveReplyDialog::run(this, m_messages, id); });
    if (m_worker)
        connect(m_worker, &MessagingService::cancelFinished, this, [this](qint64, const QString &error) {
            if (!error.isEmpty())
                m_composer->showError(error); // Twilio did not cancel a scheduled message
        });
    connect(m_list, &ChatListView::statusDetailsRequested, this, &ChatView::showDeliveryDetails);
    connect(m_model, &MessageListModel::messagesAppended, this, [this](int, int inbound) {
        if (inbound > 0)
            markReadIfSeen();
        updateOptOutLine();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_patient && m_model->rowCount() == 0);
        m_empty->setText(tr("No messages with %1 yet.").arg(m_patient ? m_patient->fullName() : QString()));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_empty, &QWidget::hide);
    // An inbound STOP/START changes the patient in the messaging thread: re-read the patient on thread changes.
    // Another process may have changed the patient too (a STOP read by a scheduled sync).
    connect(m_messages, &MessageStore::changed, this, [this](const MessageChange &change) {
        if (change.has(MessageChange::Elsewhere) ||
            (change.has(MessageChange::ElsewhereIn) && m_patient && change.conversations.contains(m_patient->id)))
            reloadPatient();
    });
    if (m_patients)
        connect(m_patients, &PatientStore::patientChanged, this, [this](qint64 id) {
            if (m_patient && id == m_patient->id)
                reloadPatient();
        });
    if (m_worker)
        connect(m_worker, &MessagingService::restarted, this, [this] {
            m_composer->setDemo(m_worker && m_worker->isDemo());
            refreshAvailability();
        });
    if (m_worker)
        connect(m_worker, &MessagingService::cycleFinished, this,
                [this](int, int, const QString &error) { updateSyncStatus(error); });

    showPatient(std::nullopt);
}

void ChatView::showPatient(const std::optional<Patient> &patient)
{
    const qint64 previous = m_patient ? m_patient->id : 0;
    const qint64 next = patient ? patient->id : 0;
    if (previous != 0 && previous != next) {
        const QString draft = m_composer->text();
        if (draft.trimmed().isEmpty())
            m_drafts.remove(previous);
        else
            m_drafts.insert(previous, draft);
    }
    m_patient = patient;
    if (previous != next || !patient) {
        if (patient)
            m_model->setPatient(patient->id, patient->fullName());
        else
            m_model->setPatient(0);
        m_composer->setText(m_drafts.value(next));
        m_composer->showError({});
    }
    if (patient) {
        m_list->setAccessibleName(tr("Conversation with %1").arg(patient->fullName()));
        m_composer->setRecipientName(patient->fullName());
        m_composer->setTemplateVariables(
            QuickReplies::variablesFor(patient->firstName, patient->lastName, AppSettings::clinicName()));
    }
    m_composer->setDemo(m_worker && m_worker->isDemo());
    refreshAvailability();
    updateOptOutLine();
    if (m_worker) {
        m_worker->setChatOpen(patient.has_value() && isVisible());
        if (patient && isVisible())
            m_worker->chatOpened(); // a reply that already waits at Twilio shows now, not at the next poll
    }
    markReadIfSeen();
    emit patientShown(next);
}

void ChatView::reloadPatient()
{
    if (!m_patient || !m_patients)
        return;
    auto fresh = m_patients->get(m_patient->id);
    if (!fresh)
        return;
    m_patient = *fresh;
    refreshAvailability();
}

void ChatView::refreshAvailability()
{
    m_composer->setAvailability(m_worker ? m_worker->availability(m_patient)
                                         : SendPolicy::availability(m_patient, SendRules::fromSettings()));
}

void ChatView::updateOptOutLine()
{
    // The same question the outbox asks when it writes the message (MessageStore::isFirstOutbound).
    const bool first = m_patient && m_messages->isFirstOutbound(m_patient->id).value_or(false);
    m_composer->setSendContext(first, m_worker ? m_worker->rules() : SendRules::fromSettings());
}

void ChatView::send(const QString &text)
{
    if (!m_patient)
        return;
    if (!m_worker) {
        m_composer->showError(tr("Messaging is not available in this window."));
        return;
    }
    auto sent = m_worker->send(m_patient->id, text);
    if (!sent && holdOffline(text, sent.error()))
        return;
    if (!sent) {
        // The text stays in the composer; the reason says what to do.
        qCInfo(lcChatView) << "send refused:" << sent.error().code;
        m_composer->showError(sent.error().message);
        reloadPatient();
        return;
    }
    m_drafts.remove(m_patient->id);
    m_composer->clearText();
    m_list->scrollToNewest();
    updateOptOutLine();
    if (m_presence)
        m_presence->replied(m_patient->id);
}

bool ChatView::holdOffline(const QString &text, const Error &error)
{
    // The server is out of reach (not a refusal of the text): the text waits on this computer, shown above the
    // composer, and goes to the outbox when the connection is back.
    const bool down = OfflineQueue::isConnectionError(error) || (m_feed && !m_feed->isConnected());
    if (!m_offline || !down || OfflineQueue::isRefusal(error))
        return false;
    auto held = m_offline->hold(m_patient->id, text);
    if (!held) {
        m_composer->showError(held.error().message);
        return true;
    }
    m_drafts.remove(m_patient->id);
    m_composer->clearText();
    m_composer->showError({});
    return true;
}

void ChatView::setDesks(PresenceWatch *presence, OfflineQueue *offline, ChangeFeed *feed)
{
    m_presence = presence;
    m_offline = offline;
    m_feed = feed;
    if (!presence && !offline)
        return;
    m_awareness = new DeskAwarenessBar(presence, offline, this);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(box->indexOf(m_composer), m_awareness);
    connect(this, &ChatView::patientShown, m_awareness, &DeskAwarenessBar::setPatient);
    m_awareness->setPatient(m_patient ? m_patient->id : 0);
    if (presence)
        connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
            // Only what staff type (not a draft put back when the chat opens); throttled in PresenceWatch.
            if (m_patient && m_composer->editor()->hasFocus() && !m_composer->text().trimmed().isEmpty())
                m_presence->typing(m_patient->id);
        });
    if (offline)
        connect(offline, &OfflineQueue::refused, this,
                [this](qint64 patientId, const QString &body, const QString &reason) {
                    // A kept text the outbox refused on reconnect goes back to its composer, never silently away.
                    if (m_patient && m_patient->id == patientId && m_composer->text().trimmed().isEmpty()) {
                        m_composer->setText(body);
                        m_composer->showError(reason);
                    } else {
                        QString &draft = m_drafts[patientId];
                        draft = draft.isEmpty() ? body : draft + QLatin1Char('\n') + body;
                    }
                });
}

bool ChatView::sendComposerText()
{
    const QString before = m_composer->text();
    if (!m_composer->availability().canSend() || before.trimmed().isEmpty())
        return false;
    send(before);
    return m_composer->text().isEmpty();
}

bool ChatView::retry(qint64 messageId)
{
    if (!m_worker)
        return false;
    auto message = m_messages->get(messageId);
    if (!message)
        return false;
    if (!StatusPresentation::retryMakesSense(*message)) {
        m_composer->showError(tr("This message cannot be sent again as it is."));
        return false;
    }
    auto sent = m_worker->retry(*message);
    if (!sent) {
        m_composer->showError(sent.error().message);
        return false;
    }
    m_composer->showError({});
    m_list->scrollToNewest();
    return true;
}

bool ChatView::showMessage(qint64 messageId)
{
    while (m_model->rowOfMessage(messageId) < 0) {
        if (!m_model->loadOlderPage())
            return false;
    }
    const QModelIndex index = m_model->index(m_model->rowOfMessage(messageId), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool ChatView::cancelMessage(qint64 messageId, bool ask)
{
    if (!m_worker)
        return false;
    auto message = m_messages->get(messageId);
    if (!message || !StatusPresentation::canCancel(*message))
        return false;
    if (ask) {
        const bool held = message->status == MessageStatus::Held;
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("cancelMessage"));
        box.setTextFormat(Qt::PlainText);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(held ? tr("Discard Message") : tr("Cancel Message"));
        box.setText(held ? tr("Discard this message? It will not be sent.")
                         : tr("Cancel this message? It will not be sent."));
        box.setInformativeText(message->body.left(200));
        QPushButton *yes = box.addButton(held ? tr("&Discard") : tr("&Cancel Message"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
        yes->setAccessibleName(yes->text().remove(QLatin1Char('&')));
        keep->setAccessibleName(keep->text().remove(QLatin1Char('&')));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    auto canceled = m_worker->cancel(messageId);
    if (!canceled) {
        m_composer->showError(canceled.error().message);
        return false;
    }
    m_composer->showError({});
    return true;
}

bool ChatView::sendHeldNow(qint64 messageId)
{
    if (!m_worker)
        return false;
    auto sent = m_worker->sendHeldNow(messageId);
    if (!sent) {
        m_composer->showError(sent.error().message);
        return false;
    }
    m_composer->showError({});
    return true;
}

void ChatView::showDeliveryDetails(qint64 messageId)
{
    auto message = m_messages->get(messageId);
    if (!message)
        return;
    const StatusInfo info = StatusPresentation::describe(*message, Clock::instance().nowUtc());
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("deliveryDetails"));
    box.setWindowTitle(tr("Delivery Details"));
    box.setTextFormat(Qt::PlainText);
    box.setIcon(info.kind == StatusKind::Failed ? QMessageBox::Warning : QMessageBox::Information);
    box.setText(info.label);
    QString details = info.tooltip;
    if (message->errorCode)
        details += QLatin1Char('\n') + tr("Twilio error %1.").arg(*message->errorCode);
    box.setInformativeText(details);
    QPushButton *retryButton = nullptr;
    if (info.canRetry)
        retryButton = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
    QPushButton *sendNowButton = nullptr;
    if (info.canSendHeld)
        sendNowButton = box.addButton(tr("Send &Now"), QMessageBox::AcceptRole);
    QPushButton *cancelButton = nullptr;
    if (info.canCancel)
        cancelButton =
            box.addButton(info.canSendHeld ? tr("&Discard") : tr("Cancel &Message"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (retryButton && box.clickedButton() == retryButton)
        retry(messageId);
    if (sendNowButton && box.clickedButton() == sendNowButton)
        sendHeldNow(messageId);
    if (cancelButton && box.clickedButton() == cancelButton)
        cancelMessage(messageId, false);
}

void ChatView::recordConsent()
{
    if (!m_patient || !m_patients)
        return;
    RecordConsentDialog dialog(m_patients, *m_patient, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadPatient();
        emit patientDataChanged(m_patient->id);
    }
}

void ChatView::onBlockedAction(SendAvailability::Block block)
{
    switch (block) {
    case SendAvailability::Block::NoPhone:
        if (m_patient)
            emit editPatientRequested(m_patient->id);
        break;
    case SendAvailability::Block::NoConsent:
        recordConsent();
        break;
    case SendAvailability::Block::NotConfigured:
        emit settingsRequested();
        break;
    default:
        break;
    }
}

void ChatView::markReadIfSeen()
{
    if (!m_patient || !isVisible() || !window()->isActiveWindow())
        return;
    auto unread = m_messages->unreadCount(m_patient->id);
    if (unread && *unread > 0) {
        auto marked = m_messages->markThreadRead(m_patient->id);
        if (!marked)
            qCWarning(lcChatView) << "marking read failed:" << marked.error().message;
    }
}

void ChatView::updateSyncStatus(const QString &error)
{
    if (error.isEmpty()) {
        m_syncStatus->hide();
        return;
    }
    m_syncStatus->setText(tr("Offline: messages wait and go out by themselves once Twilio can be reached."));
    m_syncStatus->setToolTip(error);
    m_syncStatus->show();
}

bool ChatView::event(QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (window() != m_watchedWindow) {
            if (m_watchedWindow)
                m_watchedWindow->removeEventFilter(this);
            m_watchedWindow = window();
            m_watchedWindow->installEventFilter(this);
        }
        if (m_worker) {
            m_worker->setChatOpen(m_patient.has_value());
            if (m_patient)
                m_worker->chatOpened();
        }
        markReadIfSeen();
    } else if (event->type() == QEvent::Hide) {
        if (m_worker)
            m_worker->setChatOpen(false);
    }
    return PatientPane::event(event);
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowActivate)
        markReadIfSeen();
    return PatientPane::eventFilter(watched, event);
}

} // namespace cd::ui
