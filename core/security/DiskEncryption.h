#pragma once

#include <QCoreApplication>
#include <QString>

namespace cd {

// Whether the disk holding a folder is encrypted, where a program can tell. Linux: the block device behind the
// folder, followed through device-mapper layers (LVM on LUKS) to a dm-crypt target (dm/uuid "CRYPT-…").
// Elsewhere, and for file systems without a block device (tmpfs, overlay, network shares): Unknown.
struct DiskEncryption
{
    Q_DECLARE_TR_FUNCTIONS(cd::DiskEncryption)
public:
    enum class State
    {
        Encrypted,
        NotEncrypted,
        Unknown
    };
    State state = State::Unknown;
    QString detail; // translated: what was found, or why it cannot be told

    static DiskEncryption of(const QString &folder);
    // For tests: the same walk over a /sys-like tree.
    static DiskEncryption ofDevice(const QString &sysBlockDevice);
};

} // namespace cd
