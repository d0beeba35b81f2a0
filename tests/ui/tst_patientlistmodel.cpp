// The patient list model: a correct Qt model (QAbstractItemModelTester), paging through the store's keyset cursor
// without ever loading everything, and search narrowing the rows.
#include "tests/support/TestEnvironment.h"

#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/storage/Database.h"
#include "ui/common/DateText.h"
#include "ui/patients/PatientListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using cd::ui::PatientListModel;

namespace {

const QStringList LastNames{QStringLiteral("Smith"),  QStringLiteral("Smithers"), QStringLiteral("Jones"),
                            QStringLiteral("García"), QStringLiteral("Nguyen"),   QStringLiteral("Okafor"),
                            QStringLiteral("Müller")};
const QStringList FirstNames{QStringLiteral("Ana"),   QStringLiteral("Ben"),  QStringLiteral("Chloé"),
                             QStringLiteral("David"), QStringLiteral("Eva"),  QStringLiteral("Farid"),
                             QStringLiteral("Grace"), QStringLiteral("Hugo"), QStringLiteral("Ines"),
                             QStringLiteral("Jamal"), QStringLiteral("Kim")};
const QStringList AreaCodes{QStringLiteral("415"), QStringLiteral("212"), QStringLiteral("312"), QStringLiteral("503")};
constexpr int PatientCount = 330;

Patient generated(int i)
{
    Patient p;
    p.firstName = FirstNames.at(i % FirstNames.size()) + QString::number(i);
    p.lastName = LastNames.at(i % LastNames.size());
    p.dateOfBirth = QDate(1950, 1, 1).addDays(i * 37);
    if (i % 10 != 0) // every tenth patient has no phone
        p.phoneRaw = QStringLiteral("(%1) 555-01%2")
                         .arg(AreaCodes.at(i % AreaCodes.size()))
                         .arg(i % 100, 2, 10, QLatin1Char('0'));
    return p;
}

bool inNameOrder(const Patient &a, const Patient &b)
{
    const auto key = [](const Patient &p) {
        return std::make_tuple(PatientStore::searchKey(p.lastName), PatientStore::searchKey(p.firstName), p.id);
    };
    return key(a) < key(b);
}

} // namespace

class TestPatientListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void pagesThroughEveryoneInOrder();
    void searchByNameNarrows();
    void searchByPhoneDigitsAndDateOfBirth();
    void searchWithNoMatchIsEmpty();
    void editRefreshesLoadedRow();
    void rolesShowPlainDetails();

private:
    int fetchAll(PatientListModel &model);

    test::TestEnvironment m_env;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<PatientStore> m_store;
    QList<Patient> m_all;
};

void TestPatientListModel::initTestCase()
{
    auto database = Database::open(m_env.databaseTarget());
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    m_database = database.value();
    m_store = std::make_unique<PatientStore>(m_database);

    // One transaction for all rows keeps set-up fast; each row goes through the validator like any other write.
    auto written = m_database->write([&](QSqlDatabase &tx) -> Status<> {
        for (int i = 0; i < PatientCount; ++i) {
            Patient p = generated(i);
            const auto errors = m_store->validator().normalise(p);
            if (!errors.isEmpty())
                return makeError(QStringLiteral("test"), errors.constFirst().message);
            auto id = PatientStore::insertIn(tx, p, QStringLiteral("patient.create"), {});
            if (!id)
                return id.error();
            p.id = id.value();
            m_all.append(p);
        }
        return Ok{};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    std::sort(m_all.begin(), m_all.end(), inNameOrder);
}

int TestPatientListModel::fetchAll(PatientListModel &model)
{
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (++fetches > PatientCount)
            break; // a cursor that never ends would otherwise hang the test
    }
    return fetches;
}

void TestPatientListModel::passesModelTester()
{
    PatientListModel model(m_store.get());
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    fetchAll(model);
    model.setSearchText(QStringLiteral("smi"));
    fetchAll(model);
    model.setSearchText(QString());
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 80);
}

void TestPatientListModel::pagesThroughEveryoneInOrder()
{
    PatientListModel model(m_store.get());
    model.setPageSize(50);
    model.reload();
    // Only the first page is loaded until the view asks for more.
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int fetches = fetchAll(model);
    QCOMPARE(fetches, (PatientCount - 50 + 49) / 50);
    QCOMPARE(inserted.count(), fetches);
    QCOMPARE(model.rowCount(), PatientCount);
    QVERIFY(!model.canFetchMore({}));

    // Same order as the store's name order, no row twice, none missing.
    for (int row = 0; row < PatientCount; ++row)
        QCOMPARE(model.data(model.index(row), PatientListModel::PatientIdRole).toLongLong(), m_all.at(row).id);
}

void TestPatientListModel::searchByNameNarrows()
{
    PatientListModel model(m_store.get());
    model.setPageSize(30);
    model.setSearchText(QStringLiteral("smith"));
    fetchAll(model);
    const auto expected = std::count_if(m_all.cbegin(), m_all.cend(),
                                        [](const Patient &p) { return p.lastName.startsWith(QLatin1String("Smith")); });
    QVERIFY(expected > 30); // more than one page, so paging is exercised while searching
    QCOMPARE(model.rowCount(), int(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(
            model.data(model.index(row), PatientListModel::FullNameRole).toString().contains(QLatin1String("Smith")));

    // Typing more narrows further: "smithe" leaves only the Smithers.
    model.setSearchText(QStringLiteral("smithe"));
    fetchAll(model);
    const auto smithers = std::count_if(m_all.cbegin(), m_all.cend(),
                                        [](const Patient &p) { return p.lastName == QLatin1String("Smithers"); });
    QCOMPARE(model.rowCount(), int(smithers));

    // Accents and case do not matter: "muller" finds Müller.
    model.setSearchText(QStringLiteral("muller"));
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.patientAt(0)->lastName, QStringLiteral("Müller"));
}

void TestPatientListModel::searchByPhoneDigitsAndDateOfBirth()
{
    const Patient target = *std::find_if(m_all.cbegin(), m_all.cend(), [](const Patient &p) { return p.hasPhone(); });
    PatientListModel model(m_store.get());
    model.setSearchText(PhoneNumbers::display(target.phoneE164)); // "(415) 555-0123", as the desk would type it
    fetchAll(model);
    QVERIFY(model.rowOf(target.id) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.patientAt(row)->phoneE164, target.phoneE164);

    model.setSearchText(target.dateOfBirth.toString(Qt::ISODate));
    fetchAll(model);
    QVERIFY(model.rowOf(target.id) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.patientAt(row)->dateOfBirth, target.dateOfBirth);
}

void TestPatientListModel::searchWithNoMatchIsEmpty()
{
    PatientListModel model(m_store.get());
    QSignalSpy finished(&model, &PatientListModel::searchFinished);
    model.setSearchText(QStringLiteral("Zyxwv"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
}

void TestPatientListModel::editRefreshesLoadedRow()
{
    PatientListModel model(m_store.get());
    model.setSearchText(QStringLiteral("jones"));
    QVERIFY(model.rowCount() > 0);
    Patient p = *model.patientAt(0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    p.email = QStringLiteral("new.address@example.com");
    auto updated = m_store->update(p);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.patientAt(0)->email, QStringLiteral("new.address@example.com"));
}

void TestPatientListModel::rolesShowPlainDetails()
{
    PatientListModel model(m_store.get());
    model.setSearchText(QStringLiteral("okafor"));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const Patient p = index.data(PatientListModel::PatientRole).value<Patient>();
        QCOMPARE(index.data(Qt::DisplayRole).toString(), p.fullName());
        const QString secondary = index.data(PatientListModel::SecondaryTextRole).toString();
        if (p.hasPhone()) {
            QCOMPARE(index.data(PatientListModel::PhoneDisplayRole).toString(), PhoneNumbers::display(p.phoneE164));
            QVERIFY(secondary.startsWith(PhoneNumbers::display(p.phoneE164)));
        } else {
            QVERIFY(index.data(PatientListModel::PhoneDisplayRole).toString().isEmpty());
        }
        QVERIFY(secondary.contains(cd::ui::shortDate(p.dateOfBirth)));
    }
    QVERIFY(!model.data(QModelIndex(), Qt::DisplayRole).isValid());
}

QTEST_GUILESS_MAIN(TestPatientListModel)
#include "tst_patientlistmodel.moc"
