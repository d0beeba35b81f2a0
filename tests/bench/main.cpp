#include "tests/bench/Bench.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTextStream>

// Usage: clinicdesk-bench [SCENARIO…]   (no argument: every scenario)
int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise: numbers must not depend on a display server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDeskBench"));

    const QStringList wanted = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int ran = 0;
    for (const cd::bench::Scenario &scenario : cd::bench::scenarios()) {
        if (!wanted.isEmpty() && !wanted.contains(scenario.name))
            continue;
        const QJsonObject result = scenario.run();
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        ++ran;
    }
    if (ran == 0) {
        err << "clinicdesk-bench: no such scenario. Known:";
        for (const cd::bench::Scenario &scenario : cd::bench::scenarios())
            err << ' ' << scenario.name;
        err << Qt::endl;
        return 2;
    }
    return 0;
}
