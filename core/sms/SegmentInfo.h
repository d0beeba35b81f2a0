#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

// How Twilio will carry a body: encoding, segments and estimated cost (Twilio's segment calculator rules).
struct SegmentInfo
{
    enum class Encoding { Gsm7, Ucs2 };
    Encoding encoding = Encoding::Gsm7;
    int characters = 0;       // user-perceived code points (a surrogate pair counts once)
    int segments = 0;         // 0 for an empty body
    double estimatedCostUsd = 0.0;
    QStringList ucs2Characters; // distinct characters that force UCS-2, in order of appearance

    QString encodingName() const { return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2"); }
};

class SegmentCalculator
{
    Q_DECLARE_TR_FUNCTIONS(cd::SegmentCalculator)
public:
    static SegmentInfo analyse(const QString &body, double pricePerSegmentUsd = 0.0079);
    // A GSM-7 replacement for a character that forces UCS-2 (curly quotes, dashes, ellipsis...), or empty.
    static QString gsmReplacement(const QString &character);
    // `body` with every character that has a replacement replaced.
    static QString withReplacements(const QString &body);
};

} // namespace cd
