#include "core/sms/SegmentInfo.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cd::SegmentCalculator;
using cd::SegmentInfo;

namespace {

QString repeat(const QString &text, int times)
{
    return text.repeated(times);
}

QString digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + i % 10);
    return out;
}

const QString kEmoji = QStringLiteral("\U0001F61C"); // 😜, a surrogate pair
const QString kEuro = QStringLiteral("€");
const QString kCedilla = QStringLiteral("ç"); // lower-case ç is NOT in GSM-7 (only Ç is)

// The vectors from Twilio's segment calculator, as listed in twilio-api.md.
void addTwilioVectors()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::newRow("160 digits") << digits(160) << "GSM-7" << 1;
    QTest::newRow("161 digits") << digits(161) << "GSM-7" << 2;
    QTest::newRow("307 digits") << digits(307) << "GSM-7" << 3;
    QTest::newRow("emoji + 68 digits") << kEmoji + digits(68) << "UCS-2" << 1;
    QTest::newRow("emoji + 69 digits") << kEmoji + digits(69) << "UCS-2" << 2;
    QTest::newRow("euro + 158 digits") << kEuro + digits(158) << "GSM-7" << 1;
    QTest::newRow("euro + 159 digits") << kEuro + digits(159) << "GSM-7" << 2;
    QTest::newRow("70 c-cedilla") << repeat(kCedilla, 70) << "UCS-2" << 1;
    QTest::newRow("71 c-cedilla") << repeat(kCedilla, 71) << "UCS-2" << 2;
    QTest::newRow("80 euro") << repeat(kEuro, 80) << "GSM-7" << 1;
    QTest::newRow("81 euro") << repeat(kEuro, 81) << "GSM-7" << 2;
    QTest::newRow("152a euro 10a") << repeat(QStringLiteral("a"), 152) + kEuro + repeat(QStringLiteral("a"), 10)
                                   << "GSM-7" << 2;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT
private slots:
    void twilioVectors_data() { addTwilioVectors(); }
    void twilioVectors()
    {
        QFETCH(QString, body);
        QFETCH(QString, encoding);
        QFETCH(int, segments);
        const SegmentInfo info = SegmentCalculator::analyse(body);
        QCOMPARE(info.encodingName(), encoding);
        QCOMPARE(info.segments, segments);
        QCOMPARE(info.estimatedCostUsd, segments * 0.0079);
    }

    void cliMatchesVectors_data() { addTwilioVectors(); }
    void cliMatchesVectors()
    {
        QFETCH(QString, body);
        QFETCH(QString, encoding);
        QFETCH(int, segments);
        cd::test::TestEnvironment env;
        const auto run = cd::test::runCli(
            env, {QStringLiteral("sms-info"), QStringLiteral("--body"), body, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), encoding);
        QCOMPARE(json.value(QStringLiteral("segments")).toInt(), segments);
        QCOMPARE(json.value(QStringLiteral("characters")).toInt(), SegmentCalculator::analyse(body).characters);
        QVERIFY(qAbs(json.value(QStringLiteral("estimated_cost_usd")).toDouble() - segments * 0.0079) < 1e-9);
        QCOMPARE(json.value(QStringLiteral("ucs2_characters")).toArray().isEmpty(), encoding == QLatin1String("GSM-7"));
    }

    void cliPlainTextAndUsage()
    {
        cd::test::TestEnvironment env;
        const auto plain =
            cd::test::runCli(env, {QStringLiteral("sms-info"), QStringLiteral("--body"), QStringLiteral("Hi “there”")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QStringLiteral("UCS-2")), qPrintable(plain.out));
        QVERIFY2(plain.out.contains(QStringLiteral("“")), qPrintable(plain.out));
        const auto missing = cd::test::runCli(env, {QStringLiteral("sms-info")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--body")), qPrintable(missing.err));
    }

    void escapeCharacterNeverSplitAcrossSegments()
    {
        // 158 a + € = exactly 160 septets: still one segment.
        QCOMPARE(SegmentCalculator::analyse(repeat(QStringLiteral("a"), 158) + kEuro).segments, 1);
        // 159 a + € = 161 septets: two.
        QCOMPARE(SegmentCalculator::analyse(repeat(QStringLiteral("a"), 159) + kEuro).segments, 2);
        // 152 a + € + 151 a + € = 306 septets (2 x 153) but the first € does not fit in part one (152 + 2 > 153),
        // which pushes the last € into a third part. Naive septet counting says 2.
        const QString body = repeat(QStringLiteral("a"), 152) + kEuro + repeat(QStringLiteral("a"), 151) + kEuro;
        const SegmentInfo info = SegmentCalculator::analyse(body);
        QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
        QCOMPARE(info.segments, 3);
    }

    void surrogatePairNeverSplitAcrossSegments()
    {
        // 66 ç + 😜 + 66 ç = 134 UTF-16 units (2 x 67) but the emoji cannot straddle parts one and two.
        const QString body = repeat(kCedilla, 66) + kEmoji + repeat(kCedilla, 66);
        const SegmentInfo info = SegmentCalculator::analyse(body);
        QCOMPARE(info.encoding, SegmentInfo::Encoding::Ucs2);
        QCOMPARE(info.characters, 133);
        QCOMPARE(info.segments, 3);
        // 67 units with the emoji last still fit in part one of a multi-part message.
        QCOMPARE(SegmentCalculator::analyse(repeat(kCedilla, 65) + kEmoji + repeat(kCedilla, 67)).segments, 2);
    }

    void sixteenHundredCharacters()
    {
        const SegmentInfo gsm = SegmentCalculator::analyse(repeat(QStringLiteral("a"), 1600));
        QCOMPARE(gsm.characters, 1600);
        QCOMPARE(gsm.segments, 11); // ceil(1600 / 153)
        const SegmentInfo ucs = SegmentCalculator::analyse(repeat(kCedilla, 1600));
        QCOMPARE(ucs.characters, 1600);
        QCOMPARE(ucs.segments, 24); // ceil(1600 / 67)
        QCOMPARE(ucs.estimatedCostUsd, 24 * 0.0079);
    }

    void emptyBody()
    {
        const SegmentInfo info = SegmentCalculator::analyse(QString());
        QCOMPARE(info.segments, 0);
        QCOMPARE(info.characters, 0);
        QCOMPARE(info.estimatedCostUsd, 0.0);
        QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
    }

    void ucs2CharactersListedOnceInOrder()
    {
        const SegmentInfo info =
            SegmentCalculator::analyse(QStringLiteral("It’s “fine” ’") + kEmoji + QStringLiteral(" ok ") + kEmoji);
        QCOMPARE(info.encoding, SegmentInfo::Encoding::Ucs2);
        QCOMPARE(info.ucs2Characters,
                 (QStringList{QStringLiteral("’"), QStringLiteral("“"), QStringLiteral("”"), kEmoji}));
        QCOMPARE(info.characters, 19);
    }

    void gsmExtensionTableCostsTwoSeptets()
    {
        // 80 characters from the extension table = 160 septets.
        const QString ext = QStringLiteral("^{}\\[~]|€\f");
        QCOMPARE(SegmentCalculator::analyse(repeat(ext, 8)).segments, 1);
        QCOMPARE(SegmentCalculator::analyse(repeat(ext, 8) + QStringLiteral("a")).segments, 2);
        QCOMPARE(SegmentCalculator::analyse(repeat(ext, 8)).encoding, SegmentInfo::Encoding::Gsm7);
        // Capital Ç and Greek capitals are GSM-7; a lower-case Greek letter is not.
        QCOMPARE(SegmentCalculator::analyse(QStringLiteral("ÇΔΦΓΛΩΠΨΣΘΞ")).encoding, SegmentInfo::Encoding::Gsm7);
        QCOMPARE(SegmentCalculator::analyse(QStringLiteral("α")).encoding, SegmentInfo::Encoding::Ucs2);
    }

    void replacements()
    {
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("“")), QStringLiteral("\""));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("”")), QStringLiteral("\""));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("‘")), QStringLiteral("'"));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("’")), QStringLiteral("'"));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("–")), QStringLiteral("-"));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("—")), QStringLiteral("-"));
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("…")), QStringLiteral("..."));
        QCOMPARE(SegmentCalculator::gsmReplacement(QString(QChar(0x00A0))), QStringLiteral(" "));
        QCOMPARE(SegmentCalculator::gsmReplacement(kEmoji), QString());
        QCOMPARE(SegmentCalculator::gsmReplacement(QStringLiteral("a")), QString());

        const QString typed = QStringLiteral("It’s confirmed – see you at 9\u00A0am… “Dr Lee”\u200B");
        const QString replaced = SegmentCalculator::withReplacements(typed);
        QCOMPARE(replaced, QStringLiteral("It's confirmed - see you at 9 am... \"Dr Lee\""));
        QCOMPARE(SegmentCalculator::analyse(typed).encoding, SegmentInfo::Encoding::Ucs2);
        QCOMPARE(SegmentCalculator::analyse(replaced).encoding, SegmentInfo::Encoding::Gsm7);
        // Every replacement is itself GSM-7.
        for (const QString &c : SegmentCalculator::analyse(typed).ucs2Characters) {
            const QString r = SegmentCalculator::gsmReplacement(c);
            if (!r.isEmpty())
                QCOMPARE(SegmentCalculator::analyse(r).encoding, SegmentInfo::Encoding::Gsm7);
        }
    }

    void priceIsAParameter() { QCOMPARE(SegmentCalculator::analyse(digits(161), 0.01).estimatedCostUsd, 0.02); }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
