// The Appointments tab and the Today view in the real MainWindow, offscreen: booking with the keyboard (Ins), the
// planned notifications in the tree, a reply "C" showing as confirmed, Ctrl+T listing tomorrow's unconfirmed
// appointment and an ambiguous reply applied with Enter.
#include "tests/support/TestEnvironment.h"

#include "core/appointments/AppointmentReplies.h"
#include "core/appointments/AppointmentStore.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/DemoPatients.h"
#include "core/patients/PatientStore.h"
#include "core/phone/PhoneNumbers.h"
#include "core/services/AppServices.h"
#include "core/settings/SettingsService.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/AppointmentsPane.h"
#include "ui/appointments/TodayView.h"
#include "ui/chat/ChatIntegration.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/MessageListModel.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ProfileView.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace cd;
using namespace cd::ui;

namespace {

QStringList allTexts(QTreeWidget *tree, int column)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out << item->text(column);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

} // namespace

class TestAppointmentsGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                                 "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
            qunsetenv(name);
        m_env = std::make_unique<test::TestEnvironment>();
        auto services = AppServices::open(m_env->databaseTarget(), {});
        QVERIFY(services);
        m_services = std::move(services.value());
        Patient p;
        p.firstName = QStringLiteral("Ana");
        p.lastName = QStringLiteral("Díaz");
        p.phoneRaw = QStringLiteral("(415) 555-0132");
        p.smsConsent = true;
        p.consentMethod = QStringLiteral("test");
        p.timeZone = QStringLiteral("America/Los_Angeles");
        auto created = m_services->patients().create(p);
        QVERIFY(created);
        m_patient = created->id;
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openPatient(m_patient, true);
        m_window->profile()->tabs()->setCurrentIndex(ProfileView::AppointmentsTab);
        m_pane = qobject_cast<AppointmentsPane *>(m_window->profile()->tabs()->currentWidget());
        QVERIFY(m_pane);
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_env.reset();
    }

    void bookWithTheKeyboard()
    {
        bool opened = false;
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [&opened, poll] {
            auto *dialog = qobject_cast<AppointmentDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            opened = true;
            auto *start = dialog->findChild<QDateTimeEdit *>(QStringLiteral("appointmentStart"));
            start->setDateTime(QDateTime(QDate::currentDate().addDays(5), QTime(10, 30)));
            QTest::keyClick(dialog, Qt::Key_Return); // Save is the default button
        });
        poll->start();
        m_pane->tree()->setFocus();
        QTest::keyClick(m_pane->tree(), Qt::Key_Insert);
        QTRY_VERIFY(opened);
        QTRY_COMPARE(m_services->appointments().list(m_patient)->size(), 1);
        const QStringList states = allTexts(m_pane->tree(), 2);
        QVERIFY2(states.contains(QStringLiteral("Booked, not confirmed")), qPrintable(states.join(QLatin1Char('|'))));
        QCOMPARE(states.count(QStringLiteral("Planned")) + states.count(QStringLiteral("Sending")) +
                     states.count(QStringLiteral("✓ Sent")) + states.count(QStringLiteral("✓✓ Delivered")),
                 3); // confirmation (or waiting for 08:00 there), 48 h, 2 h
        QVERIFY(allTexts(m_pane->tree(), 0).join(QLatin1Char(' ')).contains(QStringLiteral("PST")) ||
                allTexts(m_pane->tree(), 0).join(QLatin1Char(' ')).contains(QStringLiteral("PDT")));
    }

    void replyCShowsConfirmed()
    {
        auto booked = m_services->appointments().create(
            {m_patient, QDateTime::currentDateTimeUtc().addDays(3), {}, 30, QStringLiteral("Dr. <b>Lee</b>"), {}, {}},
            AppointmentRules());
        QVERIFY(booked);
        Message reply;
        reply.patientId = m_patient;
        reply.direction = Message::Direction::Inbound;
        reply.body = QStringLiteral("C");
        reply.status = MessageStatus::Received;
        reply.sid = QStringLiteral("SM") + QString(32, QLatin1Char('a'));
        reply.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_services->messages().storeInboundOnce(reply));
        auto stored = m_services->messages().findBySid(reply.sid);
        QVERIFY(stored && stored->has_value());
        auto outcome = AppointmentReplies::apply(m_services->appointments(), **stored);
        QVERIFY(outcome);
        QCOMPARE(*outcome, AppointmentReplies::Outcome::Applied);
        QTRY_VERIFY(allTexts(m_pane->tree(), 2).contains(QStringLiteral("✓ Confirmed")));

        // The reply's chat bubble says which appointment it confirmed, in the locale, for the screen reader too;
        // the provider's name is plain text (the delegate draws it with QPainter::drawText, no markup).
        MessageListModel *chat = m_window->chat()->chatView()->model();
        QTRY_VERIFY(chat->rowOfMessage((*stored)->id) >= 0);
        const QModelIndex row = chat->index(chat->rowOfMessage((*stored)->id));
        const QTimeZone zone(booked->timeZone.toUtf8());
        const QDateTime local = booked->startUtc.toTimeZone(zone);
        const QString when = QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                             QLocale().toString(local.time(), QLocale::ShortFormat);
        QTRY_VERIFY2(row.data(MessageListModel::NoteRole).toString().startsWith(QStringLiteral("Confirmed: ")),
                     qPrintable(row.data(MessageListModel::NoteRole).toString()));
        const QString note = row.data(MessageListModel::NoteRole).toString();
        QVERIFY2(note.contains(when) && note.endsWith(QStringLiteral("with Dr. <b>Lee</b>")), qPrintable(note));
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().endsWith(note));

        // Another reply is not annotated.
        Message other = reply;
        other.body = QStringLiteral("Thanks!");
        other.sid = QStringLiteral("SM") + QString(32, QLatin1Char('b'));
        QVERIFY(m_services->messages().storeInboundOnce(other));
        auto otherStored = m_services->messages().findBySid(other.sid);
        QTRY_VERIFY(chat->rowOfMessage((*otherStored)->id) >= 0);
        QVERIFY(
            chat->index(chat->rowOfMessage((*otherStored)->id)).data(MessageListModel::NoteRole).toString().isEmpty());
    }

    void demoPatientsComeWithDemoAppointments()
    {
        QTRY_VERIFY(m_services->messaging().isDemo()); // messaging starts after the first paint
        m_window->addDemoPatients();                   // what the first-run offer does when accepted
        const auto demoPatientsWithAppointments = [this] {
            int n = 0;
            for (const Patient &demo : DemoPatients::all()) {
                const auto number = PhoneNumbers::parse(demo.phoneRaw);
                if (!number)
                    continue;
                auto found = m_services->patients().findByPhone(number->e164);
                if (!found || !found->has_value())
                    continue;
                auto appointments = m_services->appointments().list((*found)->id);
                if (appointments && !appointments->isEmpty())
                    ++n;
            }
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(demoPatientsWithAppointments() >= 3, 5000);
        // Their reminders are planned to go out within minutes (the demo moves them through their states).
        auto open = m_services->appointments().openNotifications();
        QVERIFY(open && !open->isEmpty());
    }

    void todayListsWhoToCall()
    {
        const AppointmentRules rules = AppointmentRules::fromSettings(SettingsService::instance().snapshot());
        const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(rules.clinicZone).date().addDays(1);
        const QDateTime noonTomorrow = QDateTime(tomorrow, QTime(12, 0), rules.clinicZone).toUTC();
        auto first = m_services->appointments().create({m_patient, noonTomorrow, {}, 30, {}, {}, {}}, rules);
        auto second =
            m_services->appointments().create({m_patient, noonTomorrow.addDays(6), {}, 30, {}, {}, {}}, rules);
        QVERIFY(first && second);
        QVERIFY(m_services->appointments().recordReply(77, m_patient, QStringLiteral("confirm"), std::nullopt));

        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        TodayView *today = nullptr;
        QTRY_VERIFY((today = m_window->findChild<TodayView *>()) != nullptr && today->isVisible());
        const QStringList names = allTexts(today->tree(), 0);
        QVERIFY2(names.contains(QStringLiteral("Tomorrow, not confirmed (1)")),
                 qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(names.contains(QStringLiteral("Replies to match (several appointments) (1)")));
        // Enter on the second appointment under the reply applies it there.
        QTreeWidgetItem *section = today->tree()->topLevelItem(3);
        QTreeWidgetItem *choice = section->child(0)->child(1);
        today->tree()->setCurrentItem(choice);
        today->tree()->setFocus();
        QTest::keyClick(today->tree(), Qt::Key_Return);
        QTRY_COMPARE(m_services->appointments().get(second->id)->status, AppointmentStatus::Confirmed);
        QCOMPARE(m_services->appointments().get(first->id)->status, AppointmentStatus::Booked);
        QVERIFY(m_services->appointments().openReplies()->isEmpty());
    }

private:
    std::unique_ptr<test::TestEnvironment> m_env;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    AppointmentsPane *m_pane = nullptr;
    qint64 m_patient = 0;
};

QTEST_MAIN(TestAppointmentsGui)
#include "tst_appointments_gui.moc"
