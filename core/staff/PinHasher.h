#pragma once

#include <QByteArray>
#include <QString>

namespace cd::PinHasher {

// PBKDF2-SHA256 (QPasswordDigestor) with a 16-byte random salt per account. 100,000 iterations or more: slow
// enough to make guessing a stolen database's PINs expensive, fast enough (~50 ms) for a sign-in.
constexpr int Iterations = 120000;

QByteArray newSalt();
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
// Compares every byte whatever the first difference, so the time taken says nothing about the stored hash.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b);

} // namespace cd::PinHasher
