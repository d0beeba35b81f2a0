#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {
class MessageStore;
class PatientStore;
} // namespace cd

namespace cd::ui {

class ChatListView;
class MessageListModel;

// Replies from numbers that match no patient (the sidebar's "Unmatched replies"): newest at the bottom, each with
// its number. The selected reply (and every other one from the same number) can be attached to an existing patient
// or become a new patient. Opening the list marks the replies read.
class UnmatchedRepliesView : public QWidget
{
    Q_OBJECT
public:
    UnmatchedRepliesView(MessageStore *messages, PatientStore *patients, QWidget *parent = nullptr);

    ChatListView *list() const { return m_list; }
    MessageListModel *model() const { return m_model; }

    // Without dialogs (tests, drag and drop later): moves the reply `messageId` and its number's others.
    bool attachTo(qint64 messageId, qint64 patientId);
    void attachSelected();
    void createPatientFromSelected();
    void reload();

signals:
    void patientCreated(qint64 patientId);
    void attached(qint64 patientId, int messages);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedMessageId() const;
    void updateButtons();

    MessageStore *m_messages;
    PatientStore *m_patients;
    MessageListModel *m_model;
    ChatListView *m_list;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_attach;
    QPushButton *m_create;
};

} // namespace cd::ui
