#include "ui/chat/Composer.h"

#include "core/messaging/OptOutInstruction.h"
#include "core/messaging/QuickReplies.h"
#include "core/sms/SegmentInfo.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // texts quote what the user typed: never rich text
    label->setWordWrap(true);
    return label;
}

} // namespace

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        emit sendRequested();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

Composer::Composer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));

    m_blockedRow = new QWidget(this);
    m_blockedRow->setObjectName(QStringLiteral("composerBlocked"));
    auto *blockedLayout = new QHBoxLayout(m_blockedRow);
    blockedLayout->setContentsMargins(0, 0, 0, 0);
    m_blockedReason = plainLabel(QStringLiteral("composerBlockedReason"), m_blockedRow);
    m_blockedAction = new QPushButton(m_blockedRow);
    m_blockedAction->setObjectName(QStringLiteral("composerBlockedAction"));
    blockedLayout->addWidget(m_blockedReason, 1);
    blockedLayout->addWidget(m_blockedAction);
    connect(m_blockedAction, &QPushButton::clicked, this,
            [this] { emit blockedActionRequested(m_availability.block); });

    m_demoNote = plainLabel(QStringLiteral("composerDemoNote"), this);
    m_demoNote->setText(tr("Demo mode: messages go to a simulated Twilio inside ClinicDesk. Nothing reaches a real "
                           "phone."));
    m_demoNote->hide();

    m_edit = new ComposerEdit(this);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Type a message. Enter sends, Shift+Enter starts a new line."));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(tr("Enter sends, Shift+Enter starts a new line."));
    const QFontMetrics fm(m_edit->font());
    // Three lines: room for a typical SMS without taking the conversation's space.
    m_edit->setFixedHeight(fm.lineSpacing() * 3 + 2 * m_edit->frameWidth() + 8);
    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::requestSend);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateIndicators);

    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleDescription(tr("Sends the message (Enter in the message field)."));
    connect(m_send, &QPushButton::clicked, this, &Composer::requestSend);

    m_templates = new QToolButton(this);
    m_templates->setObjectName(QStringLiteral("templatesButton"));
    m_templates->setText(tr("&Templates"));
    m_templates->setToolTip(tr("Insert a quick reply"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    buildTemplatesMenu();

    m_counter = plainLabel(QStringLiteral("composerCounter"), this);
    m_counter->setWordWrap(false);
    m_counter->setAccessibleName(tr("Message length and cost"));

    m_ucs2Row = new QWidget(this);
    auto *ucs2Layout = new QHBoxLayout(m_ucs2Row);
    ucs2Layout->setContentsMargins(0, 0, 0, 0);
    m_ucs2Note = plainLabel(QStringLiteral("ucs2Note"), m_ucs2Row);
    m_replace = new QPushButton(tr("Use &Plain Characters"), m_ucs2Row);
    m_replace->setObjectName(QStringLiteral("replaceUcs2Button"));
    m_replace->setToolTip(tr("Replace curly quotes, long dashes and ellipses with plain ones so the message fits "
                             "more text per segment."));
    connect(m_replace, &QPushButton::clicked, this, &Composer::replaceUcs2Characters);
    ucs2Layout->addWidget(m_ucs2Note, 1);
    ucs2Layout->addWidget(m_replace);
    m_ucs2Row->hide();

    m_optOutWarning = plainLabel(QStringLiteral("optOutWarning"), this);
    m_optOutWarning->hide();

    m_error = plainLabel(QStringLiteral("composerError"), this);
    m_error->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_templates);
    buttons->addStretch(1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit, 1);
    editRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_blockedRow);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_error);
    layout->addWidget(m_optOutWarning);
    layout->addWidget(m_ucs2Row);
    layout->addLayout(editRow);
    layout->addWidget(m_counter);

    setAvailability(SendAvailability::evaluate(std::nullopt, false, std::nullopt));
    updateIndicators();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clearText()
{
    m_edit->clear();
    m_error->hide();
}

void Composer::setRecipientName(const QString &name)
{
    m_edit->setAccessibleName(name.isEmpty() ? tr("Message") : tr("Message to %1").arg(name));
}

void Composer::setAvailability(const SendAvailability &availability)
{
    m_availability = availability;
    const bool can = availability.canSend();
    m_blockedRow->setVisible(!can && availability.block != SendAvailability::Block::NoPatient);
    m_blockedReason->setText(availability.reason);
    m_blockedAction->setText(availability.actionText);
    m_blockedAction->setVisible(!availability.actionText.isEmpty());
    // Hidden while there is nothing to do, yet AT-SPI still lists it: never an unnamed button. With an action its
    // text (mnemonic stripped) is the name.
    m_blockedAction->setAccessibleName(availability.actionText.isEmpty() ? tr("Resolve what blocks sending")
                                                                         : QString());
    m_blockedAction->setAccessibleDescription(availability.reason);
    // The field keeps its text while disabled: nothing typed is lost when a patient's state changes.
    m_edit->setEnabled(can);
    m_send->setEnabled(can);
    m_templates->setEnabled(can);
    m_edit->setAccessibleDescription(can ? tr("Enter sends, Shift+Enter starts a new line.")
                                         : tr("Sending is not possible: %1").arg(availability.reason));
    updateIndicators();
}

void Composer::setDemo(bool demo)
{
    m_demoNote->setVisible(demo);
    m_send->setText(demo ? tr("&Send (Demo)") : tr("&Send"));
}

void Composer::setSendContext(bool firstMessage, const SendRules &rules)
{
    m_firstMessage = firstMessage;
    m_rules = rules;
    updateIndicators();
}

SendPreview Composer::preview() const
{
    return SendPolicy::preview(text(), m_firstMessage, m_rules);
}

void Composer::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void Composer::buildTemplatesMenu()
{
    auto *menu = new QMenu(m_templates);
    menu->setObjectName(QStringLiteral("templatesMenu"));
    for (const QuickReply &reply : QuickReplies::builtIn()) {
        QAction *action = menu->addAction(reply.title);
        action->setToolTip(reply.text);
        const QString text = reply.text;
        connect(action, &QAction::triggered, this, [this, text] { insertTemplate(text); });
    }
    m_templates->setMenu(menu);
}

void Composer::insertTemplate(const QString &templateText)
{
    m_edit->insertPlainText(QuickReplies::expand(templateText, m_variables));
    m_edit->setFocus();
}

void Composer::replaceUcs2Characters()
{
    const QString replaced = SegmentCalculator::withReplacements(text());
    if (replaced == text())
        return;
    // One undoable edit, so Ctrl+Z brings the typed characters back.
    QTextCursor cursor(m_edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(replaced);
    m_edit->setFocus();
}

void Composer::requestSend()
{
    if (!m_availability.canSend())
        return;
    const QString body = text();
    if (body.trimmed().isEmpty())
        return;
    emit sendRequested(body);
}

void Composer::updateIndicators()
{
    const QString body = text();
    const SendPreview sent = preview();
    const bool withLine = sent.optOutLineAdded;
    const SegmentInfo &info = sent.segments;
    const QLocale locale;
    QString counter = tr("%n character(s)", nullptr, info.characters) + QStringLiteral(" · ") +
                      tr("%n segment(s)", nullptr, info.segments) + QStringLiteral(" · ") + info.encodingName() +
                      QStringLiteral(" · ") + tr("about US$%1").arg(locale.toString(info.estimatedCostUsd, 'f', 4));
    if (withLine)
        counter += QStringLiteral(" · ") + tr("includes the opt-out line (first message)");
    m_counter->setText(counter);

    if (info.ucs2Characters.isEmpty()) {
        m_ucs2Row->hide();
    } else {
        QStringList replaceable;
        QStringList fixed;
        for (const QString &c : info.ucs2Characters) {
            const QString replacement = SegmentCalculator::gsmReplacement(c);
            if (replacement.isEmpty())
                fixed << c;
            else
                replaceable << QStringLiteral("%1 → %2").arg(c, replacement);
        }
        QString note = tr("These characters switch the message to UCS-2 (70 characters per segment instead of 160):") +
                       QLatin1Char(' ') + info.ucs2Characters.join(QLatin1Char(' '));
        if (!replaceable.isEmpty())
            note += QLatin1Char('\n') + tr("Plain replacements: %1").arg(replaceable.join(QStringLiteral(", ")));
        m_ucs2Note->setText(note);
        m_replace->setVisible(!replaceable.isEmpty());
        m_ucs2Row->show();
    }

    const QString word = optOutInstructionIn(body);
    if (word.isEmpty()) {
        m_optOutWarning->hide();
    } else {
        m_optOutWarning->setText(
            tr("⚠ “%1” is an opt-out word: a patient who replies with it alone is unsubscribed from ALL texts by "
               "Twilio. Use another word, e.g. “Reply C to cancel”.")
                .arg(word));
        m_optOutWarning->show();
    }
    m_send->setEnabled(m_availability.canSend() && !body.trimmed().isEmpty());
}

QString Composer::counterText() const
{
    return m_counter->text();
}

QString Composer::ucs2NoteText() const
{
    return m_ucs2Row->isHidden() ? QString() : m_ucs2Note->text();
}

QString Composer::optOutWarningText() const
{
    return m_optOutWarning->isHidden() ? QString() : m_optOutWarning->text();
}

QString Composer::blockedReasonText() const
{
    return m_blockedRow->isHidden() ? QString() : m_blockedReason->text();
}

} // namespace cd::ui
