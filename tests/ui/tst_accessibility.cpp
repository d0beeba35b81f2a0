// Every control in the main window has an accessible name. The test walks the QAccessibleInterface tree from the
// window (what Qt's AT-SPI bridge hands a screen reader) with demo patients loaded, a patient open, every profile
// tab visited and the Chat tab shown, and lists each interactive object whose QAccessible::Name is empty.
#include "tests/support/TestEnvironment.h"

#include "core/patients/DemoPatients.h"
#include "core/patients/PatientStore.h"
#include "core/services/AppServices.h"
#include "ui/main/MainWindow.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/profile/ProfileView.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QListView>
#include <QMetaEnum>
#include <QTabWidget>
#include <QTest>

using namespace cd;
using namespace cd::ui;

namespace {

// The roles a screen reader user operates (rather than reads): each must say what it is.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString text = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("(item)");
    if (object && !object->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(object->objectName());
    const char *role = QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role());
    return text + QStringLiteral(" [%1]").arg(role ? QLatin1String(role) : QLatin1String("?"));
}

// Depth-first over child(i), the same tree AT-SPI exposes; collects the unnamed interactive objects with their path.
void collectUnnamed(QAccessibleInterface *iface, const QString &path, int depth, QStringList *unnamed, int *walked)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    ++*walked;
    const QString here = path.isEmpty() ? describe(iface) : path + QStringLiteral(" > ") + describe(iface);
    // A11Y_DUMP=1 prints the whole tree, for finding what an object is called.
    if (qEnvironmentVariableIsSet("A11Y_DUMP"))
        qInfo("%s%s name='%s' invisible=%d", qPrintable(QString(depth * 2, QLatin1Char(' '))),
              qPrintable(describe(iface)), qPrintable(iface->text(QAccessible::Name)), int(iface->state().invisible));
    // Hidden objects count too: AT-SPI lists them (without "showing"), and a screen reader meets them as soon as
    // they appear (the search field's clear button once something is typed).
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(iface->state().invisible ? here + QStringLiteral(" (hidden)") : here);
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), here, depth + 1, unnamed, walked);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyControlHasAnAccessibleName();
};

void TestAccessibility::everyControlHasAnAccessibleName()
{
    // Demo mode, as in tst_mainwindow_gui: no Twilio credentials from the developer's shell.
    for (const char *name : {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                             "TWILIO_PHONE_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"})
        qunsetenv(name);
    test::TestEnvironment env;
    auto services = AppServices::open(env.databaseTarget(), {});
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    MainWindow window(**services);
    QVERIFY(DemoPatients::addTo(*window.store()));
    window.patientList()->reload();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // A patient with a phone open, so the Chat tab shows its composer rather than only a reason.
    auto *list = window.findChild<QListView *>(QStringLiteral("patientList"));
    QVERIFY(list && list->model()->rowCount() > 0);
    int row = 0;
    while (row < list->model()->rowCount() &&
           list->model()->index(row, 0).data(PatientListModel::PhoneDisplayRole).toString().isEmpty())
        ++row;
    QVERIFY(row < list->model()->rowCount());
    window.openPatient(list->model()->index(row, 0).data(PatientListModel::PatientIdRole).toLongLong(), true);

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("profileTabs"));
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
    }
    tabs->setCurrentIndex(ProfileView::ChatTab);
    QTest::qWait(50); // let the chat view load the thread and lay out

    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
    QVERIFY(root);
    QStringList unnamed;
    int walked = 0;
    collectUnnamed(root, QString(), 0, &unnamed, &walked);
    QVERIFY2(walked > 20, qPrintable(QStringLiteral("only %1 accessible objects: the walk went wrong").arg(walked)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 interactive object(s) without an accessible name:\n  ").arg(unnamed.size()) +
                        unnamed.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
