#include "app/cli/DataAtRestCheck.h"

#include "app/cli/Cli.h"
#include "core/security/DiskEncryption.h"
#include "core/security/OwnerOnlyFiles.h"

#include <QDir>
#include <QJsonArray>

namespace cd::cli {

DataAtRestReport checkDataAtRest(const QString &dataDir)
{
    DataAtRestReport report;
    const QStringList exposed = OwnerOnlyFiles::exposedPaths(dataDir);
    if (!exposed.isEmpty()) {
        QStringList shown;
        for (const QString &path : exposed)
            shown << QDir::toNativeSeparators(path);
        report.problems << tr("Other accounts on this computer can read patient data: %1. Start ClinicDesk once "
                              "(it makes its own files owner-only) or run chmod go-rwx on them.")
                               .arg(shown.join(QStringLiteral(", ")));
    }
    const DiskEncryption disk = DiskEncryption::of(dataDir);
    QString state;
    switch (disk.state) {
    case DiskEncryption::State::Encrypted:
        state = QStringLiteral("encrypted");
        break;
    case DiskEncryption::State::NotEncrypted:
        state = QStringLiteral("not-encrypted");
        report.notes << tr("Disk encryption: %1. Clinics must use full-disk encryption (LUKS, BitLocker, "
                           "FileVault).")
                            .arg(disk.detail);
        break;
    case DiskEncryption::State::Unknown:
        state = QStringLiteral("unknown");
        report.notes
            << tr("Disk encryption: cannot tell (%1). Clinics must use full-disk encryption.").arg(disk.detail);
        break;
    }
    report.json = QJsonObject{{QStringLiteral("data_dir"), QDir::toNativeSeparators(dataDir)},
                              {QStringLiteral("exposed_paths"), QJsonArray::fromStringList(exposed)},
                              {QStringLiteral("disk_encryption"), state},
                              {QStringLiteral("disk_encryption_detail"), disk.detail}};
    return report;
}

} // namespace cd::cli
