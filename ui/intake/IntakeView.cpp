#include "ui/intake/IntakeView.h"

#include "core/intake/IntakeService.h"
#include "ui/intake/IntakeListModel.h"
#include "ui/intake/IntakeSendDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QPushButton *actionButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

IntakeView::IntakeView(IntakeService &intake, MessageStore &messages, QWidget *parent)
    : PatientPane(parent), m_intake(intake), m_model(new IntakeListModel(intake, messages, this))
{
    setAccessibleName(tr("Intake forms"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("Intake forms"), this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font(); // a font, not a style sheet: a style sheet costs a style of its own at start-up
    bold.setBold(true);
    m_title->setFont(bold);
    m_sendNew = actionButton(tr("Send &New Intake Form…"), tr("Send New Intake Form"), this);
    m_sendNew->setToolTip(tr("Send a form link by SMS, or by e-mail and SMS (Ctrl+Shift+I)"));
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_sendNew);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Forms sent to this patient"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Short columns fit their words; the e-mail state (which can carry SendGrid's reason) takes the rest, elided,
    // with the whole text in its tooltip.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IntakeListModel::EmailColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_table, 1);

    m_empty =
        new QLabel(tr("No forms were sent to this patient yet. Use \"Send New Intake Form…\" (Ctrl+Shift+I)."), this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Selected send"));
    layout->addWidget(m_details);

    auto *actions = new QHBoxLayout;
    m_complete = actionButton(tr("Mark &Completed"), tr("Mark Completed"), this);
    m_resendSms = actionButton(tr("Resend S&MS"), tr("Resend SMS"), this);
    m_resendEmail = actionButton(tr("Resend &Email…"), tr("Resend Email"), this);
    m_copyLink = actionButton(tr("Copy &Link"), tr("Copy Link"), this);
    m_cancel = actionButton(tr("Cancel &Send"), tr("Cancel Send"), this);
    for (QPushButton *b : {m_complete, m_resendSms, m_resendEmail, m_copyLink, m_cancel})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Intake status"));
    layout->addWidget(m_status);

    connect(m_sendNew, &QPushButton::clicked, this, &IntakeView::openSendDialog);
    connect(m_complete, &QPushButton::clicked, this, &IntakeView::markCompleted);
    connect(m_resendSms, &QPushButton::clicked, this, &IntakeView::resendSms);
    connect(m_resendEmail, &QPushButton::clicked, this, &IntakeView::resendEmail);
    connect(m_copyLink, &QPushButton::clicked, this, &IntakeView::copyLink);
    connect(m_cancel, &QPushButton::clicked, this, &IntakeView::cancelSend);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        m_empty->setVisible(m_patient && m_model->rowCount() == 0);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IntakeView::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QPushButton *b : {m_complete, m_resendSms, m_resendEmail, m_copyLink, m_cancel}) {
            QAction *a = menu.addAction(b->text());
            a->setEnabled(b->isEnabled());
            connect(a, &QAction::triggered, b, &QPushButton::click);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    showPatient(std::nullopt);
}

void IntakeView::showPatient(const std::optional<Patient> &patient)
{
    const bool samePatient = patient && m_patient && patient->id == m_patient->id;
    m_patient = patient;
    m_sendNew->setEnabled(patient.has_value());
    m_title->setText(patient ? tr("Intake forms sent to %1").arg(patient->fullName()) : tr("Intake forms"));
    if (!samePatient)
        m_status->clear();
    m_model->setPatient(patient ? std::optional<qint64>(patient->id) : std::nullopt);
}

int IntakeView::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void IntakeView::updateActions()
{
    const auto send = m_model->sendAt(currentRow());
    const auto sms = m_model->smsAt(currentRow());
    const bool open = send && !send->isCanceled() && !send->isCompleted();
    m_complete->setEnabled(open);
    const bool smsFailed = !sms || sms->status == MessageStatus::Failed || sms->status == MessageStatus::Undelivered ||
                           sms->status == MessageStatus::Canceled;
    m_resendSms->setEnabled(send && !send->isCanceled() && smsFailed);
    m_resendEmail->setEnabled(send && !send->isCanceled() && send->wantsEmail() &&
                              (send->emailStatus == EmailStatus::Failed || send->emailStatus == EmailStatus::Unknown));
    m_copyLink->setEnabled(send.has_value());
    if (send) {
        const QModelIndex row = m_model->index(currentRow(), 0);
        const auto cell = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
        QString text = tr("%1 · %2 · sent %3")
                           .arg(cell(IntakeListModel::TemplateColumn), cell(IntakeListModel::ChannelColumn),
                                cell(IntakeListModel::SentColumn));
        text += QLatin1Char('\n') + tr("SMS: %1").arg(cell(IntakeListModel::SmsColumn));
        if (send->wantsEmail())
            text += QLatin1Char('\n') + tr("Email to %1: %2").arg(send->emailTo, cell(IntakeListModel::EmailColumn));
        text += QLatin1Char('\n') + cell(IntakeListModel::CompletionColumn);
        m_details->setText(text);
    } else {
        m_details->clear();
    }
    const bool smsWaiting = sms && sms->status == MessageStatus::Pending;
    m_cancel->setEnabled(open && smsWaiting &&
                         (send->emailStatus == EmailStatus::None || send->emailStatus == EmailStatus::Pending));
}

void IntakeView::report(const QString &problem)
{
    m_status->setText(problem);
}

void IntakeView::openSendDialog()
{
    if (!m_patient)
        return;
    IntakeSendDialog dialog(m_intake, *m_patient, this);
    if (dialog.exec() == QDialog::Accepted && dialog.result()) {
        report(tr("Form \"%1\" sent.").arg(dialog.result()->templateName));
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

void IntakeView::markCompleted()
{
    const auto send = m_model->sendAt(currentRow());
    if (!send)
        return;
    auto done = m_intake.complete(send->id);
    report(done ? tr("Marked completed.") : done.error().message);
}

void IntakeView::resendSms()
{
    const auto send = m_model->sendAt(currentRow());
    if (!send)
        return;
    auto done = m_intake.resend(send->id, Channel::Sms);
    report(done ? tr("The text message is being sent again (only the text message).") : done.error().message);
}

void IntakeView::resendEmail()
{
    const auto send = m_model->sendAt(currentRow());
    if (!send)
        return;
    bool confirmed = false;
    if (send->emailStatus == EmailStatus::Unknown) {
        // SendGrid cannot be asked whether it went out: staff decide, after the warning.
        const auto answer = QMessageBox::warning(
            this, tr("Resend E-mail"),
            tr("This e-mail is not confirmed: it may already have reached the patient. Send it again anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        confirmed = true;
    }
    auto done = m_intake.resend(send->id, Channel::Email, confirmed);
    report(done ? tr("The e-mail is being sent again (only the e-mail).") : done.error().message);
}

void IntakeView::copyLink()
{
    const auto send = m_model->sendAt(currentRow());
    if (!send)
        return;
    QGuiApplication::clipboard()->setText(send->link);
    report(tr("Link copied."));
}

void IntakeView::cancelSend()
{
    const auto send = m_model->sendAt(currentRow());
    if (!send)
        return;
    auto done = m_intake.cancel(send->id);
    report(done ? tr("The send was canceled before it went out.") : done.error().message);
}

} // namespace cd::ui
