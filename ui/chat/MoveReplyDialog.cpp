#include "ui/chat/MoveReplyDialog.h"

#include "core/messaging/MessageStore.h"

#include <QInputDialog>
#include <QMessageBox>

namespace cd::ui {

void MoveReplyDialog::run(QWidget *parent, MessageStore *messages, qint64 messageId)
{
    const QString title = tr("Move to Another Patient");
    auto candidates = messages->sharedReplyCandidates(messageId);
    if (!candidates) {
        QMessageBox::warning(parent, title, candidates.error().message);
        return;
    }
    if (candidates->isEmpty()) {
        QMessageBox::information(parent, title, tr("No other patient has this phone number."));
        return;
    }
    QStringList names;
    for (const auto &candidate : std::as_const(*candidates))
        names << candidate.second;
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("moveReplyDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("This reply came from a number several patients share. File it under:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    dialog.setAccessibleName(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = names.indexOf(dialog.textValue());
    if (chosen < 0)
        return;
    if (auto moved = messages->moveSharedReply(messageId, candidates->at(chosen).first); !moved)
        QMessageBox::warning(parent, title, moved.error().message);
}

} // namespace cd::ui
