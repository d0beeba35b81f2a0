#include "core/twilio/OneShotUploadDevice.h"

#include <cstring>

namespace cd {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotUploadDevice::seek(qint64 pos)
{
    if (m_started && pos < this->pos()) {
        m_rewindRefused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

bool OneShotUploadDevice::reset()
{
    return seek(0);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 count = qMin(maxSize, qint64(m_data.size()) - position);
    if (count <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + position, size_t(count));
    m_started = true;
    return count;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace cd
