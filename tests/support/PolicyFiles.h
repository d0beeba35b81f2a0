#pragma once

#include <QByteArray>
#include <QString>

namespace cd::test {

// Writes DIR/NAME as IT would: readable by all, writable by its owner only (whatever the umask), so that the
// policy reader accepts it. Returns false when it could not be written.
bool writePolicyFile(const QString &dir, const QString &name, const QByteArray &json);

} // namespace cd::test
