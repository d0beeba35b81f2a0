#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

struct PhoneNumber
{
    QString e164;          // +14155550100: what is stored and sent to Twilio
    QString national;      // (415) 555-0100
    QString international; // +1 415-555-0100
    QString regionCode;    // US
};

// Parsing, validation and display of phone numbers through libphonenumber.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(cd::PhoneNumbers)
public:
    // Accepts what a person types: "(415) 555-0100", "4155550100", "+1 415 555 0100".
    // Refuses impossible or unassigned numbers with a reason (e.g. area code 555 is not in service).
    static Result<PhoneNumber> parse(const QString &input, const QString &defaultRegion = QStringLiteral("US"));

    // National format for numbers of the clinic's region, international otherwise.
    static QString display(const QString &e164, const QString &clinicRegion = QStringLiteral("US"));

    static bool isKnownRegion(const QString &regionCode);
    static QString digitsOnly(const QString &text);

    // libphonenumber builds its metadata and regular expressions on first use (about 10 ms here). The GUI calls this
    // on a background thread at launch, so it is ready before the patient list paints its first number.
    static void prepare();
};

} // namespace cd
