// fault-soak: 10,000 sends and 10,000 replies through the real engine against a fake Twilio that breaks its answers
// at random (tests/core/FaultSoak.h), fixed seed. Prints the invariants' outcome and the counts.
#include "tests/bench/Bench.h"

#include "tests/core/FaultSoak.h"

namespace {

using namespace cd::test;

QJsonObject run()
{
    SoakConfig config;
    config.sends =
        qEnvironmentVariableIsSet("FAULT_SOAK_SIZE") ? qEnvironmentVariableIntValue("FAULT_SOAK_SIZE") : 10000;
    config.replies = config.sends;
    config.seed = qEnvironmentVariableIsSet("FAULT_SOAK_SEED")
                      ? quint32(qEnvironmentVariableIntValue("FAULT_SOAK_SEED"))
                      : 20261204u;
    const SoakResult result = FaultSoak(config).run();
    for (const QString &violation : result.violations)
        qWarning().noquote() << violation;
    QJsonObject out = result.toJson();
    out.insert(QStringLiteral("scenario"), QStringLiteral("fault-soak"));
    out.insert(QStringLiteral("seed"), double(config.seed));
    return out;
}

const bool registered = cd::bench::registerScenario(
    {QStringLiteral("fault-soak"),
     QStringLiteral("10,000 sends and 10,000 replies against a randomly faulty Twilio fake; invariants every step"),
     run});

} // namespace
