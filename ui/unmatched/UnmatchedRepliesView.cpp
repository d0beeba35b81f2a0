#include "ui/unmatched/UnmatchedRepliesView.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/settings/AppSettings.h"
#include "ui/chat/BubbleDelegate.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/MessageListModel.h"
#include "ui/patients/PatientDialog.h"
#include "ui/unmatched/AttachToPatientDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

UnmatchedRepliesView::UnmatchedRepliesView(MessageStore *messages, PatientStore *patients, QWidget *parent)
    : QWidget(parent), m_messages(messages), m_patients(patients), m_model(new MessageListModel(messages, this)),
      m_list(new ChatListView(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_attach(new QPushButton(tr("&Attach to Patient…"), this)),
      m_create(new QPushButton(tr("&Create Patient…"), this))
{
    setObjectName(QStringLiteral("unmatchedRepliesView"));
    m_list->setObjectName(QStringLiteral("unmatchedMessages"));
    m_list->bubbleDelegate()->setShowSenderNames(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Replies from unknown numbers"));
    m_model->setUnmatched();
    m_list->setMessageModel(m_model);

    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Replies from numbers that belong to no patient. Select one, then attach it to a patient or "
                       "create a new patient for that number."));
    m_error->setObjectName(QStringLiteral("unmatchedError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_attach->setObjectName(QStringLiteral("attachReplyButton"));
    m_create->setObjectName(QStringLiteral("createPatientFromReplyButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &UnmatchedRepliesView::attachSelected);
    connect(m_create, &QPushButton::clicked, this, &UnmatchedRepliesView::createPatientFromSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnmatchedRepliesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnmatchedRepliesView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UnmatchedRepliesView::updateButtons);
    updateButtons();
}

void UnmatchedRepliesView::reload()
{
    m_model->setUnmatched();
}

qint64 UnmatchedRepliesView::selectedMessageId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(MessageListModel::MessageIdRole).toLongLong() : 0;
}

void UnmatchedRepliesView::updateButtons()
{
    const bool any = selectedMessageId() != 0;
    m_attach->setEnabled(any);
    m_create->setEnabled(any);
}

bool UnmatchedRepliesView::attachTo(qint64 messageId, qint64 patientId)
{
    auto moved = m_messages->attachToPatient(messageId, patientId);
    if (!moved) {
        m_error->setText(moved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_model->setUnmatched(); // the number's other replies left too
    emit attached(patientId, *moved);
    return true;
}

void UnmatchedRepliesView::attachSelected()
{
    const qint64 id = selectedMessageId();
    const Message *message = m_model->messageAt(m_list->currentIndex().row());
    if (id == 0 || !message)
        return;
    AttachToPatientDialog dialog(m_patients, PhoneNumbers::display(message->fromNumber, AppSettings::phoneRegion()),
                                 this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPatientId() == 0)
        return;
    attachTo(id, dialog.selectedPatientId());
}

void UnmatchedRepliesView::createPatientFromSelected()
{
    const qint64 id = selectedMessageId();
    const Message *message = m_model->messageAt(m_list->currentIndex().row());
    if (id == 0 || !message)
        return;
    Patient draft;
    draft.phoneRaw = message->fromNumber;
    PatientDialog dialog(m_patients, draft, this);
    if (dialog.exec() != QDialog::Accepted || dialog.savedPatient().id == 0)
        return;
    const qint64 patientId = dialog.savedPatient().id;
    emit patientCreated(patientId);
    attachTo(id, patientId);
}

void UnmatchedRepliesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    (void)m_messages->markThreadRead(0); // patient id 0 = the unmatched list
}

} // namespace cd::ui
