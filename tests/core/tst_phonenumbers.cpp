#include "core/phone/PhoneNumbers.h"

#include <QTest>

using namespace cd;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::newRow("parentheses") << "(415) 555-0100"
                                     << "US"
                                     << "+14155550100";
        QTest::newRow("bare digits") << "4155550100"
                                     << "US"
                                     << "+14155550100";
        QTest::newRow("international") << "+1 415 555 0100"
                                       << "US"
                                       << "+14155550100";
        QTest::newRow("dots") << "415.555.0100"
                              << "US"
                              << "+14155550100";
        QTest::newRow("leading 1") << "1-415-555-0100"
                                   << "US"
                                   << "+14155550100";
        QTest::newRow("spaces around") << "  (212) 555-0199 "
                                       << "US"
                                       << "+12125550199";
        QTest::newRow("UK with plus") << "+44 20 7946 0958"
                                      << "US"
                                      << "+442079460958";
        QTest::newRow("UK national in GB") << "020 7946 0958"
                                           << "GB"
                                           << "+442079460958";
        QTest::newRow("Mexico mobile") << "+52 1 55 1234 5678"
                                       << "US"
                                       << "+525512345678";
        QTest::newRow("fullwidth digits") << QString::fromUtf8("４１５５５５０１００") << "US"
                                          << "+14155550100";
    }
    void parsesValidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        auto parsed = PhoneNumbers::parse(input, region);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->e164, e164);
    }

    void refusesInvalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("area code 555") << "(555) 555-5555"
                                       << "phone.invalid"
                                       << "555";
        QTest::newRow("empty") << ""
                               << "phone.empty"
                               << "";
        QTest::newRow("letters") << "call me"
                                 << "phone.not-a-number"
                                 << "call me";
        QTest::newRow("too short") << "555-0100"
                                   << "phone.too-short"
                                   << "555-0100";
        QTest::newRow("too long") << "415555010012345"
                                  << "phone.too-long"
                                  << "415555010012345";
        QTest::newRow("bad country code") << "+999 123 4567"
                                          << "phone.country-code"
                                          << "+999";
        QTest::newRow("area code 123") << "(123) 456-7890"
                                       << "phone.invalid"
                                       << "123";
    }
    void refusesInvalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto parsed = PhoneNumbers::parse(input, QStringLiteral("US"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }

    void displaysNationalAtHomeInternationalAbroad()
    {
        QCOMPARE(PhoneNumbers::display(QStringLiteral("+14155550100"), QStringLiteral("US")),
                 QStringLiteral("(415) 555-0100"));
        QCOMPARE(PhoneNumbers::display(QStringLiteral("+442079460958"), QStringLiteral("US")),
                 QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(PhoneNumbers::display(QStringLiteral("+14155550100"), QStringLiteral("GB")),
                 QStringLiteral("+1 415-555-0100"));
        QCOMPARE(PhoneNumbers::display(QString(), QStringLiteral("US")), QString());
        // Canada shares +1 with the US: still abroad for a US clinic, at home for a Canadian one.
        QCOMPARE(PhoneNumbers::display(QStringLiteral("+14163921234"), QStringLiteral("US")),
                 QStringLiteral("+1 416-392-1234"));
        QCOMPARE(PhoneNumbers::display(QStringLiteral("+14163921234"), QStringLiteral("ca")),
                 QStringLiteral("(416) 392-1234"));
    }

    // tests/fuzz/findings/fuzz_phone-not-idempotent: digits that make +52 1 415 555 0524 (a Mexican mobile with the
    // old "1"). libphonenumber formats it +5214155550524, which parses back as +524155550524; the number stored must
    // be the fixed point (what Twilio reports for that phone), so that parsing what is stored changes nothing.
    void e164IsAFixedPoint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::newRow("fuzz finding") << QStringLiteral("+))))))))))))5))))))))))))))))))))))2))1)1 415 5550524xt. 44") << QStringLiteral("US")
                                      << QStringLiteral("+524155550524");
        QTest::newRow("mexican mobile with 1") << QStringLiteral("+52 1 415 555 0524") << QStringLiteral("US")
                                               << QStringLiteral("+524155550524");
        QTest::newRow("mexican mobile") << QStringLiteral("+52 415 555 0524") << QStringLiteral("US")
                                        << QStringLiteral("+524155550524");
    }
    void e164IsAFixedPoint()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const auto parsed = cd::PhoneNumbers::parse(input, region);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->e164, e164);
        const auto again = cd::PhoneNumbers::parse(parsed->e164, region);
        QVERIFY(again.ok());
        QCOMPARE(again->e164, parsed->e164);
    }

    void knowsRegions()
    {
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("US")));
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("mx")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
