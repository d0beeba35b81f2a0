#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"

#include "tests/support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;

namespace {

Patient draft(const QString &first, const QString &last, const QString &phone = {}, const QDate &dob = {})
{
    Patient p;
    p.firstName = first;
    p.lastName = last;
    p.phoneRaw = phone;
    p.dateOfBirth = dob;
    return p;
}

QStringList names(const PatientPage &page)
{
    QStringList out;
    for (const Patient &p : page.patients)
        out << p.fullName();
    return out;
}

int auditRows(Database &db, const QString &action, qint64 patientId)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND patient_id = ?"),
                     {action, patientId});
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestPatientStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<PatientStore> m_store;

private slots:
    void init()
    {
        m_env = std::make_unique<test::TestEnvironment>();
        auto db = Database::open(m_env->databaseTarget());
        QVERIFY(db.ok());
        m_db = db.value();
        m_store = std::make_unique<PatientStore>(m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_env.reset();
    }

    void createStoresNormalisedPatientWithAudit()
    {
        QSignalSpy changed(m_store.get(), &PatientStore::patientChanged);
        auto created = m_store->create(draft(QStringLiteral("  Ana "), QStringLiteral("Diaz"),
                                             QStringLiteral("(415) 555-0100"), QDate(1990, 4, 2)));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(created->firstName, QStringLiteral("Ana"));
        QCOMPARE(created->phoneE164, QStringLiteral("+14155550100"));
        QCOMPARE(created->phoneRaw, QStringLiteral("(415) 555-0100"));
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditRows(*m_db, QStringLiteral("patient.create"), created->id), 1);
    }

    void patientWithoutPhoneIsAllowed()
    {
        auto created = m_store->create(draft(QStringLiteral("No"), QStringLiteral("Phone")));
        QVERIFY(created.ok());
        QVERIFY(!created->hasPhone());
    }

    void invalidInputIsRefusedWithReasons()
    {
        auto created = m_store->create(draft(QString(), QStringLiteral("Diaz"), QStringLiteral("(555) 555-5555")));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("patient.invalid"));
        QVERIFY(created.error().message.contains(QStringLiteral("first name")));
        QVERIFY(created.error().message.contains(QStringLiteral("555")));
        auto count = m_store->count();
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 0);

        Patient badEmail = draft(QStringLiteral("A"), QStringLiteral("B"));
        badEmail.email = QStringLiteral("not-an-email");
        badEmail.timeZone = QStringLiteral("Mars/Olympus");
        badEmail.dateOfBirth = QDate::currentDate().addDays(3);
        const auto errors = m_store->validator().normalise(badEmail);
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, QStringList({QStringLiteral("email"), QStringLiteral("dob"), QStringLiteral("time_zone")}));
    }

    void duplicateIsRefused()
    {
        QVERIFY(
            m_store->create(draft(QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("4155550100"))).ok());
        auto again =
            m_store->create(draft(QStringLiteral("ANA"), QStringLiteral("díaz"), QStringLiteral("+1 415 555 0100")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("patient.duplicate"));
        // A sibling with the same phone is a different person.
        QVERIFY(
            m_store->create(draft(QStringLiteral("Luis"), QStringLiteral("Diaz"), QStringLiteral("4155550100"))).ok());
    }

    void updateChangesFieldsAndAudits()
    {
        auto created = m_store->create(draft(QStringLiteral("Ana"), QStringLiteral("Diaz")));
        QVERIFY(created.ok());
        Patient edited = created.value();
        edited.phoneRaw = QStringLiteral("212-555-0199");
        edited.notes = QStringLiteral("Prefers mornings");
        auto updated = m_store->update(edited);
        QVERIFY(updated.ok());
        QCOMPARE(updated->phoneE164, QStringLiteral("+12125550199"));
        QCOMPARE(updated->notes, QStringLiteral("Prefers mornings"));
        QCOMPARE(auditRows(*m_db, QStringLiteral("patient.edit"), created->id), 1);

        edited.phoneRaw = QStringLiteral("(555) 555-5555");
        QVERIFY(!m_store->update(edited).ok());
        QCOMPARE(m_store->get(created->id)->phoneE164, QStringLiteral("+12125550199"));
    }

    void consentAndOptOutAreRecordedAndAudited()
    {
        auto created =
            m_store->create(draft(QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("4155550100")));
        QVERIFY(created.ok());
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->recordConsent(created->id, true, QStringLiteral("verbal, at the desk"), at).ok());
        auto p = m_store->get(created->id);
        QVERIFY(p->smsConsent);
        QCOMPARE(p->consentMethod, QStringLiteral("verbal, at the desk"));
        QVERIFY(!p->consentRecordedBy.isEmpty());
        QCOMPARE(auditRows(*m_db, QStringLiteral("consent.recorded"), created->id), 1);

        QVERIFY(m_store->setOptedOut(created->id, at, QStringLiteral("STOP")).ok());
        QVERIFY(m_store->get(created->id)->isOptedOut());
        QVERIFY(m_store->setOptedOut(created->id, QDateTime(), QStringLiteral("START")).ok());
        QVERIFY(!m_store->get(created->id)->isOptedOut());
        QCOMPARE(auditRows(*m_db, QStringLiteral("patient.opted-out"), created->id), 1);
        QCOMPARE(auditRows(*m_db, QStringLiteral("patient.opted-in"), created->id), 1);
    }

    void searchFindsByNamePhoneAndDateOfBirth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everyone in name order")
            << "" << QStringList{"Ana Diaz", "Luis Diaz", "Zoë García", "José Müller"};
        QTest::newRow("last name prefix") << "dia" << QStringList{"Ana Diaz", "Luis Diaz"};
        QTest::newRow("first name prefix, any case") << "LU" << QStringList{"Luis Diaz"};
        QTest::newRow("accents ignored") << "jose" << QStringList{"José Müller"};
        QTest::newRow("accented query") << "garcía" << QStringList{"Zoë García"};
        QTest::newRow("first and last") << "ana diaz" << QStringList{"Ana Diaz"};
        QTest::newRow("last, first") << "Diaz, Luis" << QStringList{"Luis Diaz"};
        QTest::newRow("phone formatted") << "(415) 555-01" << QStringList{"Ana Diaz"};
        QTest::newRow("phone digits") << "41555501" << QStringList{"Ana Diaz"};
        QTest::newRow("phone with country code") << "+1 212" << QStringList{"Zoë García"};
        QTest::newRow("last digits") << "0199" << QStringList{"Zoë García"};
        QTest::newRow("local part") << "555-0100" << QStringList{"Ana Diaz"};
        QTest::newRow("dob iso") << "1980-02-03" << QStringList{"José Müller"};
        QTest::newRow("dob us") << "2/3/1980" << QStringList{"José Müller"};
        QTest::newRow("no match") << "xyz" << QStringList{};
    }
    void searchFindsByNamePhoneAndDateOfBirth()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(m_store->create(draft(QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("(415) 555-0100")))
                    .ok());
        QVERIFY(m_store->create(draft(QStringLiteral("Luis"), QStringLiteral("Diaz"))).ok());
        QVERIFY(m_store->create(draft(QStringLiteral("José"), QStringLiteral("Müller"), {}, QDate(1980, 2, 3))).ok());
        QVERIFY(m_store->create(draft(QStringLiteral("Zoë"), QStringLiteral("García"), QStringLiteral("212 555 0199")))
                    .ok());
        auto page = m_store->search(text);
        QVERIFY(page.ok());
        QCOMPARE(names(page.value()), expected);
    }

    void searchPagesWithACursor()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(
                m_store->create(draft(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Same")))
                    .ok());
        QStringList all;
        std::optional<PatientCursor> cursor;
        int pages = 0;
        do {
            auto page = m_store->search(QStringLiteral("same"), 10, cursor);
            QVERIFY(page.ok());
            all << names(page.value());
            cursor = page->next;
            ++pages;
        } while (cursor);
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 25);
        QCOMPARE(all.first(), QStringLiteral("P00 Same"));
        QCOMPARE(all.last(), QStringLiteral("P24 Same"));
        all.removeDuplicates();
        QCOMPARE(all.size(), 25);
    }

    void findByPhone()
    {
        auto created =
            m_store->create(draft(QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("(415) 555-0100")));
        QVERIFY(created.ok());
        auto found = m_store->findByPhone(QStringLiteral("+14155550100"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value().id, created->id);
        auto missing = m_store->findByPhone(QStringLiteral("+12125550199"));
        QVERIFY(missing.ok() && !missing->has_value());
        QVERIFY(!m_store->get(9999).ok());
    }
};

QTEST_GUILESS_MAIN(TestPatientStore)
#include "tst_patientstore.moc"
