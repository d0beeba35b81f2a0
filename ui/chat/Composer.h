#pragma once

#include "core/messaging/SendAvailability.h"
#include "core/messaging/SendPolicy.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace cd::ui {

// The text field: Enter sends, Shift+Enter starts a new line. Plain text only (pasted HTML arrives as text).
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

signals:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// Writing a message: the field, a live count (characters, segments, encoding, estimated cost), a note naming the
// characters that force UCS-2 with a one-click replacement, a warning for opt-out words used as instructions,
// quick-reply templates, and - when sending is not possible - the reason and the way forward. Whatever is typed
// stays in the field until it was accepted for sending.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clearText();
    ComposerEdit *editor() const { return m_edit; }

    void setAvailability(const SendAvailability &availability);
    SendAvailability availability() const { return m_availability; }
    void setDemo(bool demo);
    // Variables for templates ({first_name}, {clinic_name}, ...).
    void setTemplateVariables(const QHash<QString, QString> &variables) { m_variables = variables; }
    // The counter shows what the outbox will send (SendPolicy::preview): with the clinic's opt-out line on the
    // first message to a patient, unless the text already says how to opt out.
    void setSendContext(bool firstMessage, const SendRules &rules);
    SendPreview preview() const;
    void setRecipientName(const QString &name);
    // A refusal from the outbox (the text stays in the field).
    void showError(const QString &message);

    void insertTemplate(const QString &templateText);
    void replaceUcs2Characters();

    // For tests and accessibility checks.
    QString counterText() const;
    QString ucs2NoteText() const;
    QString optOutWarningText() const;
    QString blockedReasonText() const;

signals:
    void sendRequested(const QString &text);
    void blockedActionRequested(cd::SendAvailability::Block block);

private:
    void updateIndicators();
    void requestSend();
    void buildTemplatesMenu();

    ComposerEdit *m_edit;
    QPushButton *m_send;
    QToolButton *m_templates;
    QLabel *m_counter;
    QWidget *m_ucs2Row;
    QLabel *m_ucs2Note;
    QPushButton *m_replace;
    QLabel *m_optOutWarning;
    QWidget *m_blockedRow;
    QLabel *m_blockedReason;
    QPushButton *m_blockedAction;
    QLabel *m_demoNote;
    QLabel *m_error;
    SendAvailability m_availability;
    QHash<QString, QString> m_variables;
    bool m_firstMessage = false;
    SendRules m_rules;
};

} // namespace cd::ui
