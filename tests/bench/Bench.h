#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cd::bench {

// A scenario prints one JSON line per run. Register from its own file:
// `static const bool registered = registerScenario({"name", "what it measures", run});`
struct Scenario
{
    QString name;
    QString description;
    std::function<QJsonObject()> run;
};

bool registerScenario(Scenario scenario);
const QList<Scenario> &scenarios();

// Resident set size of this process in MiB (Linux /proc; 0 where unknown).
double residentMemoryMb();
// Median and percentile of samples in milliseconds.
double median(QList<double> samples);
double percentile(QList<double> samples, double p);

} // namespace cd::bench
