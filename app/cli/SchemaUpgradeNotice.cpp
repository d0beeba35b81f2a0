#include "app/cli/SchemaUpgradeNotice.h"

#include "core/storage/SchemaUpgrade.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace cd::cli {

Status<> updateHistoryReporting(const QString &databaseFile, QTextStream &err)
{
    const auto upgrade = pendingSchemaUpgrade(databaseFile);
    if (!upgrade || !upgrade->isLong())
        return Ok{};
    const bool terminal = isatty(fileno(stderr)) != 0;
    err << QCoreApplication::translate("cli", "clinicdesk-cli: updating the message history (%1 messages) to schema "
                                              "%2; this happens once and can take a few minutes…")
               .arg(QLocale().toString(upgrade->messages))
               .arg(upgrade->toVersion)
        << Qt::endl;
    qint64 lastLine = 0;
    auto done = upgradeSchemaWithProgress(
        databaseFile,
        [&](qint64 elapsedMs) {
            const QString line =
                QCoreApplication::translate("cli", "clinicdesk-cli: still updating… %1 s").arg(elapsedMs / 1000);
            if (terminal) {
                err << '\r' << line;
                err.flush();
            } else if (elapsedMs - lastLine >= 10000) {
                lastLine = elapsedMs;
                err << line << Qt::endl;
            }
        },
        terminal ? 1000 : 500);
    if (terminal)
        err << '\r';
    if (done)
        err << QCoreApplication::translate("cli", "clinicdesk-cli: message history updated.") << Qt::endl;
    return done;
}

} // namespace cd::cli
