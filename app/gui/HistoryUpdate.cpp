#include "app/gui/HistoryUpdate.h"

#include "core/storage/SchemaUpgrade.h"
#include "ui/startup/HistoryUpdateWindow.h"

#include <QCoreApplication>

cd::Status<> updateHistoryShowingProgress(const QString &databaseFile)
{
    const auto upgrade = cd::pendingSchemaUpgrade(databaseFile);
    if (!upgrade || !upgrade->isLong())
        return cd::Ok{};
    cd::ui::HistoryUpdateWindow window(upgrade->messages);
    window.show();
    return cd::upgradeSchemaWithProgress(databaseFile, [&window](qint64 elapsedMs) {
        window.setElapsed(elapsedMs);
        QCoreApplication::processEvents(); // paint the window and keep it responsive while the worker updates
    });
}
