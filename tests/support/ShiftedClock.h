#pragma once

#include "core/common/Clock.h"

#include <QDateTime>

namespace cd::test {

// A clock a test can move forward (settle windows, no-receipt limits, read-mark ages) without sleeping.
class ShiftedClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addSecs(shiftSec); }
    qint64 shiftSec = 0;
};

} // namespace cd::test
