#include "tests/bench/Bench.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace cd::bench {

namespace {
QList<Scenario> &registry()
{
    static QList<Scenario> list;
    return list;
}
} // namespace

bool registerScenario(Scenario scenario)
{
    registry().append(std::move(scenario));
    return true;
}

const QList<Scenario> &scenarios()
{
    return registry();
}

double residentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return samples[low] + (samples[high] - samples[low]) * (rank - double(low));
}

double median(QList<double> samples)
{
    return percentile(std::move(samples), 50.0);
}

} // namespace cd::bench
