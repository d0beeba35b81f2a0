#pragma once

#include <QCoreApplication>

class QWidget;

namespace cd {
class MessageStore;
}

namespace cd::ui {

// "Move to Another Patient…" for a reply from a number several patients share: choose one of the others with that
// number (a list, keyboard-driven), then the reply moves to their conversation (audited by MessageStore).
class MoveReplyDialog
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::MoveReplyDialog)
public:
    static void run(QWidget *parent, MessageStore *messages, qint64 messageId);
};

} // namespace cd::ui
