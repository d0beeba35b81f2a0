#include "core/intake/IntakeToken.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace cd::IntakeToken {

QString generate()
{
    quint32 words[Bits / 32];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace cd::IntakeToken
