#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace cd {
class MessageStore;
}

namespace cd::ui {

// Ctrl+Shift+F: a search over every conversation's messages (any language, partial words). Results are messages
// with the patient and the date, newest first; Enter (or a double click) opens that thread at that message.
class HistorySearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistorySearchDialog(MessageStore *messages, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    void search(); // now, without waiting for the typing pause

signals:
    // patientId 0: an unmatched sender's message.
    void openRequested(qint64 patientId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();

    MessageStore *m_messages;
    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer *m_typing;
};

} // namespace cd::ui
