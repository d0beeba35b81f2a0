#pragma once

#include "core/messaging/MessageMedia.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cd::ui {

// "Save attachment…": asks where, then copies the stored file there (the copy is the user's; the original stays
// owner-only in the data folder).
class AttachmentSaver
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::AttachmentSaver)
public:
    static void saveWithDialog(QWidget *parent, const MessageMedia &media);
    // Copies to `target`, replacing it. Empty on success, else the reason in the user's words.
    static QString copyTo(const MessageMedia &media, const QString &target);
};

} // namespace cd::ui
