#pragma once

// The appointments tests' set-up: the messaging rig (fake Twilio, real engine) with or without a Messaging Service,
// an AppointmentStore on the same database, rules without surprises, and a clock the test sets.
#include "tests/core/MessagingTestRig.h"

#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/appointments/ReminderRunner.h"

namespace cd::test {

inline const QString TestServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");

// A clock that stands still where the test puts it (or follows real time when `now` is invalid).
class SetClock : public Clock
{
public:
    QDateTime now;
    QDateTime nowUtc() const override { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
};

struct AppointmentRig
{
    explicit AppointmentRig(bool withService)
    {
        rig = std::make_unique<MessagingRig>();
        if (withService) {
            // The same engine, with a Messaging Service next to the clinic number.
            rig->session.reset();
            QProcessEnvironment credentials = testCredentialsEnvironment();
            credentials.insert(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), TestServiceSid);
            auto made = MessagingSession::open(rig->db, std::make_shared<EnvCredentialsProvider>(credentials),
                                               QStringLiteral("US"));
            if (!made)
                qFatal("session: %s", qPrintable(made.error().message));
            rig->session = std::move(made.value());
            if (auto *client = qobject_cast<TwilioClient *>(&rig->session->gateway())) {
                RetryPolicy fast;
                fast.maxRetries = 1;
                fast.baseDelayMs = 10;
                fast.maxDelayMs = 20;
                client->setRetryPolicy(fast);
                client->setTimeoutMs(1500);
            }
        }
        store = std::make_unique<AppointmentStore>(rig->db, rig->messages(), rig->patients());
        rules.clinicZone = QTimeZone("America/New_York");
        rules.clinicName = QStringLiteral("Bay Clinic");
        rules.messagingServiceSid = withService ? TestServiceSid : QString();
        Clock::setInstance(&clock);
    }
    ~AppointmentRig() { Clock::setInstance(nullptr); }

    qint64 addPatient(const QString &first, const QString &phone, const QString &zone,
                      const QString &language = QString())
    {
        const qint64 id = rig->addPatient(first, phone);
        auto p = rig->patients().get(id);
        Patient changed = *p;
        changed.timeZone = zone;
        changed.preferredLanguage = language;
        if (!rig->patients().update(changed))
            qFatal("patient update");
        return id;
    }

    ReminderReport run()
    {
        ReminderRunner runner(*store, rig->outbox(), &rig->session->gateway(), rules);
        return runner.run();
    }

    QList<FakeTwilioServer::Request> creates() const
    {
        QList<FakeTwilioServer::Request> out;
        for (const auto &r : rig->server.requests())
            if (r.method == "POST" && r.path.endsWith(QLatin1String("/Messages.json")))
                out << r;
        return out;
    }

    SetClock clock;
    std::unique_ptr<MessagingRig> rig;
    std::unique_ptr<AppointmentStore> store;
    AppointmentRules rules;
};

} // namespace cd::test
