#include "core/patients/DemoPatients.h"

#include "core/patients/PatientStore.h"

namespace cd {

namespace {

Patient demo(const char *first, const char *last, QDate dob, const char *phone, const char *email, const char *language,
             const char *timeZone, bool consent)
{
    Patient p;
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.dateOfBirth = dob;
    p.phoneRaw = QString::fromUtf8(phone);
    p.email = QString::fromUtf8(email);
    p.preferredLanguage = QString::fromUtf8(language);
    p.timeZone = QString::fromUtf8(timeZone);
    p.smsConsent = consent;
    if (consent)
        p.consentMethod = QStringLiteral("demo");
    return p;
}

} // namespace

QList<Patient> DemoPatients::all()
{
    // example.com/.org/.net are reserved for documentation, like the 555-01xx numbers.
    QList<Patient> patients{
        demo("Ana", "Díaz", QDate(1986, 4, 12), "(415) 555-0132", "ana.diaz@example.com", "es", "America/Los_Angeles",
             true),
        demo("Marcus", "Chen", QDate(1972, 11, 3), "(212) 555-0147", "marcus.chen@example.org", "en",
             "America/New_York", true),
        demo("Grace", "Okafor", QDate(1994, 7, 28), "(312) 555-0163", "grace.okafor@example.net", "en",
             "America/Chicago", true),
        demo("Tomás", "Herrera", QDate(1958, 2, 19), "(503) 555-0190", "", "es", "America/Los_Angeles", false),
        demo("Priya", "Raman", QDate(2001, 9, 5), "(617) 555-0118", "priya.raman@example.com", "en", "America/New_York",
             true),
        demo("Walter", "Brooks", QDate(1945, 1, 30), "", "", "en", "America/Denver", false),
    };
    // One demo patient has opted out, so the opted-out state can be seen too.
    patients[4].optedOutAt = QDateTime(QDate(2026, 1, 15), QTime(16, 20), Qt::UTC);
    for (Patient &p : patients)
        p.notes = tr("Demo patient: fictional person, 555-01xx numbers are reserved for examples.");
    return patients;
}

Result<int> DemoPatients::addTo(PatientStore &store)
{
    int added = 0;
    for (const Patient &patient : all()) {
        auto created = store.create(patient);
        if (created) {
            ++added;
            continue;
        }
        // Already there from an earlier run: adding the demo set twice adds nobody twice.
        if (created.error().code != QLatin1String("patient.duplicate"))
            return created.error();
    }
    return added;
}

} // namespace cd
