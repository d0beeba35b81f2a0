#pragma once

// Test data for the chat tests and benchmarks. The messages themselves (chatMessage, longConversation,
// storeMessages) are tests/support/MessageFixtures, shared with the engine tests.
#include "tests/support/MessageFixtures.h"

#include "core/patients/PatientStore.h"

namespace cd::test {

inline qint64 addTestPatient(PatientStore &patients, const QString &first, const QString &last, const QString &phone,
                             bool consent = true)
{
    Patient p;
    p.firstName = first;
    p.lastName = last;
    p.phoneRaw = phone;
    p.smsConsent = consent;
    if (consent)
        p.consentMethod = QStringLiteral("verbal");
    auto created = patients.create(p);
    if (!created) {
        qWarning("patient: %s", qPrintable(created.error().message));
        return 0;
    }
    return created->id;
}

} // namespace cd::test
