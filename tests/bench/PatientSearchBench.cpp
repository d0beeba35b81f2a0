// Scenario patients-search: 100,000 patients; time from a keystroke to an updated patient list.
#include "tests/bench/Bench.h"

#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestEnvironment.h"
#include "ui/patients/PatientListModel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

constexpr int PatientCount = 100000;

const char *const FirstNames[] = {"Ana",  "Luis", "María", "José",  "Wei",   "Fatima", "John",  "Olga", "Kai", "Noor",
                                  "Emma", "Liam", "Sofia", "Mateo", "Chloé", "Björn",  "Aisha", "Hiro", "Zoë", "Omar"};
const char *const LastNames[] = {"Diaz",   "Nguyen", "Smith",   "García", "Müller",   "Kim",    "Patel",
                                 "Okafor", "Rossi",  "Cohen",   "Silva",  "Kowalski", "Haddad", "Tanaka",
                                 "Brown",  "Lopez",  "Ivanova", "Dubois", "O'Brien",  "Ngata"};
const char *const AreaCodes[] = {"415", "212", "312", "617", "206", "303", "512", "702", "404", "305"};

bool populate(cd::Database &db)
{
    QRandomGenerator random(42); // the same list every run
    auto written = db.write([&](QSqlDatabase &tx) -> cd::Status<> {
        for (int i = 0; i < PatientCount; ++i) {
            cd::Patient p;
            p.firstName = QString::fromUtf8(FirstNames[random.bounded(20)]);
            p.lastName = QString::fromUtf8(LastNames[random.bounded(20)]) + QString::number(i / 20);
            p.dateOfBirth = QDate(1940, 1, 1).addDays(random.bounded(365 * 80));
            const QString national = QString::fromLatin1(AreaCodes[random.bounded(10)]) +
                                     QStringLiteral("%1").arg(200 + random.bounded(700), 3, 10, QLatin1Char('0')) +
                                     QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            p.phoneRaw = national;
            p.phoneE164 = QStringLiteral("+1") + national;
            auto id = cd::PatientStore::insertIn(tx, p, QStringLiteral("bench.seed"), {});
            if (!id)
                return id.error();
        }
        return cd::Ok{};
    });
    if (!written)
        QTextStream(stderr) << "seeding failed: " << written.error().message << Qt::endl;
    return written.ok();
}

QJsonObject run()
{
    cd::test::TestEnvironment env;
    auto db = cd::Database::openSqlite(env.databaseFile());
    if (!db || !populate(*db.value()))
        return {{QStringLiteral("scenario"), QStringLiteral("patients-search")}, {QStringLiteral("error"), true}};

    cd::PatientStore store(db.value());
    cd::ui::PatientListModel model(&store);
    // What a desk types, one keystroke at a time: name prefixes, phone digits in several formats, dates of birth.
    const QStringList typed = {
        QStringLiteral("d"),    QStringLiteral("di"),       QStringLiteral("dia"),        QStringLiteral("diaz1"),
        QStringLiteral("m"),    QStringLiteral("mü"),       QStringLiteral("ana g"),      QStringLiteral("4"),
        QStringLiteral("41"),   QStringLiteral("415"),      QStringLiteral("(415) 5"),    QStringLiteral("415-55"),
        QStringLiteral("0100"), QStringLiteral("555-0199"), QStringLiteral("1975-06-01"), QStringLiteral("3/14/1980"),
        QStringLiteral("noor"), QStringLiteral("zzz"),      QStringLiteral(""),           QStringLiteral("k")};
    QList<double> samples;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : typed) {
            QElapsedTimer timer;
            timer.start();
            model.setSearchText(text); // runs the query and resets the model: what the view shows next frame
            (void)model.rowCount();
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return {{QStringLiteral("scenario"), QStringLiteral("patients-search")},
            {QStringLiteral("patients"), PatientCount},
            {QStringLiteral("median_ms"), qRound(cd::bench::median(samples) * 100) / 100.0},
            {QStringLiteral("p95_ms"), qRound(cd::bench::percentile(samples, 95) * 100) / 100.0},
            {QStringLiteral("rss_mb"), qRound(cd::bench::residentMemoryMb() * 10) / 10.0}};
}

const bool registered = cd::bench::registerScenario(
    {QStringLiteral("patients-search"), QStringLiteral("keystroke to updated list, 100,000 patients"), run});

} // namespace
