// clinicdesk-cli staff add | list | disable | enable | reset-pin | set-role. PINs are read from standard input (not
// echoed at a terminal), never from the command line, where other accounts could see them in the process list. Once an
// administrator exists, every change needs one: --as NAME, and that administrator's PIN first on standard input
// (the same check and lockout as the Staff dialog's).
#include "app/cli/Cli.h"

#include "core/security/TerminalInput.h"
#include "core/staff/StaffDirectory.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace cd::cli {

namespace {

// The PIN, typed twice at a terminal; one line when piped.
bool readPin(Context &sub, QString &pin)
{
    bool ok = false;
    pin = TerminalInput::readSecretLine(tr("PIN: "), &ok);
    if (!ok) {
        sub.fail(tr("no PIN on standard input."));
        return false;
    }
    if (TerminalInput::stdinIsTerminal()) {
        const QString again = TerminalInput::readSecretLine(tr("The same PIN again: "), &ok);
        if (!ok || again != pin) {
            sub.fail(tr("the two PINs differ; nothing was changed."));
            return false;
        }
    }
    if (auto checked = StaffDirectory::checkPin(pin); !checked) {
        sub.fail(checked.error().message);
        return false;
    }
    return true;
}

const QCommandLineOption &asAdminOption()
{
    static const QCommandLineOption option(
        QStringLiteral("as"),
        QCoreApplication::translate("cd::cli", "The administrator making the change; their PIN is read first from "
                                               "standard input."),
        QStringLiteral("NAME"));
    return option;
}

// An administrator authorises the change (named in its audit row), like the Staff dialog's PIN prompt; nobody
// needs to while there is no administrator yet (the first account is one).
bool authorise(Context &sub, const QCommandLineParser &parser, StaffDirectory &staff)
{
    auto accounts = staff.list();
    if (!accounts) {
        sub.fail(accounts.error().message);
        return false;
    }
    const bool anyAdmin = std::any_of(accounts->cbegin(), accounts->cend(), [](const StaffAccount &account) {
        return account.role == QLatin1String("admin") && !account.disabled;
    });
    if (!anyAdmin)
        return true;
    if (!parser.isSet(asAdminOption())) {
        sub.fail(tr("changing staff accounts needs an administrator: add --as NAME with an administrator's name; "
                    "their PIN is asked first."));
        return false;
    }
    bool ok = false;
    const QString pin = TerminalInput::readSecretLine(tr("Administrator's PIN: "), &ok);
    if (!ok) {
        sub.fail(tr("no administrator's PIN on standard input."));
        return false;
    }
    auto admin = staff.signIn(parser.value(asAdminOption()), pin); // wrong PINs count towards its lockout
    if (!admin) {
        sub.fail(admin.error().message);
        return false;
    }
    if (admin->role != QLatin1String("admin")) {
        sub.fail(tr("%1 is not an administrator; ask one to make this change.").arg(admin->displayName));
        return false;
    }
    staff.setActingAdmin(admin->displayName);
    return true;
}

// The staff directory of this process's database, once an administrator (if any) has authorised the change.
std::optional<StaffDirectory> openAuthorised(Context &sub, const QCommandLineParser &parser)
{
    auto database = sub.openDatabase();
    if (!database)
        return std::nullopt;
    StaffDirectory staff(database);
    if (!authorise(sub, parser, staff))
        return std::nullopt;
    return staff;
}

QJsonObject toJson(const StaffAccount &account)
{
    return QJsonObject{{QStringLiteral("id"), account.id},
                       {QStringLiteral("name"), account.displayName},
                       {QStringLiteral("role"), account.role},
                       {QStringLiteral("disabled"), account.disabled},
                       {QStringLiteral("locked"),
                        account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc()}};
}

int add(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), tr("admin or staff (default staff; the first is admin)."),
                                  QStringLiteral("ROLE"), QStringLiteral("staff"));
    parser.addOption(role);
    parser.addOption(asAdminOption());
    if (!sub.parse(parser, tr("Add a staff account. The PIN is read from standard input."), QStringLiteral("NAME")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give the account's name (quote it if it has spaces)."));
    auto staff = openAuthorised(sub, parser);
    if (!staff)
        return sub.exitCode();
    QString pin;
    if (!readPin(sub, pin))
        return sub.exitCode();
    auto added = staff->add(parser.positionalArguments().constFirst(), parser.value(role), pin);
    if (!added)
        return sub.fail(added.error().message);
    if (sub.json())
        sub.printJson(toJson(*added));
    else
        sub.out() << tr("Added %1 (%2).").arg(added->displayName, added->role) << Qt::endl;
    return Success;
}

int list(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("List the staff accounts.")))
        return sub.exitCode();
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    auto accounts = StaffDirectory(database).list();
    if (!accounts)
        return sub.fail(accounts.error().message);
    if (sub.json()) {
        QJsonArray array;
        for (const StaffAccount &account : std::as_const(*accounts))
            array.append(toJson(account));
        sub.printJson(array);
        return Success;
    }
    for (const StaffAccount &account : std::as_const(*accounts)) {
        sub.out() << account.id << '\t' << account.displayName << '\t' << account.role;
        if (account.disabled)
            sub.out() << '\t' << tr("disabled");
        sub.out() << '\n';
    }
    sub.out().flush();
    return Success;
}

int setDisabled(Context &sub, bool disabled)
{
    QCommandLineParser parser;
    parser.addOption(asAdminOption());
    if (!sub.parse(parser, disabled ? tr("Disable a staff account.") : tr("Enable a staff account again."),
                   QStringLiteral("NAME|ID")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give one account name or number."));
    auto staff = openAuthorised(sub, parser);
    if (!staff)
        return sub.exitCode();
    if (auto done = staff->setDisabled(parser.positionalArguments().constFirst(), disabled); !done)
        return sub.fail(done.error().message);
    return Success;
}

int resetPin(Context &sub)
{
    QCommandLineParser parser;
    parser.addOption(asAdminOption());
    if (!sub.parse(parser, tr("Set a new PIN (read from standard input) and lift any lockout."),
                   QStringLiteral("NAME|ID")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give one account name or number."));
    auto staff = openAuthorised(sub, parser);
    if (!staff)
        return sub.exitCode();
    QString pin;
    if (!readPin(sub, pin))
        return sub.exitCode();
    if (auto done = staff->resetPin(parser.positionalArguments().constFirst(), pin); !done)
        return sub.fail(done.error().message);
    return Success;
}

int setRole(Context &sub)
{
    QCommandLineParser parser;
    parser.addOption(asAdminOption());
    if (!sub.parse(parser, tr("Make an account an administrator or ordinary staff."), QStringLiteral("NAME|ID ROLE")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 2)
        return sub.usageError(tr("give one account name or number and the role (admin or staff)."));
    auto staff = openAuthorised(sub, parser);
    if (!staff)
        return sub.exitCode();
    const QStringList args = parser.positionalArguments();
    if (auto done = staff->setRole(args.at(0), args.at(1)); !done)
        return sub.fail(done.error().message);
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx,
        {{QStringLiteral("add"), QT_TRANSLATE_NOOP("cd::cli", "Add a staff account (PIN on standard input)."), add},
         {QStringLiteral("list"), QT_TRANSLATE_NOOP("cd::cli", "List staff accounts."), list},
         {QStringLiteral("disable"), QT_TRANSLATE_NOOP("cd::cli", "Disable an account."),
          [](Context &sub) { return setDisabled(sub, true); }},
         {QStringLiteral("enable"), QT_TRANSLATE_NOOP("cd::cli", "Enable an account again."),
          [](Context &sub) { return setDisabled(sub, false); }},
         {QStringLiteral("reset-pin"), QT_TRANSLATE_NOOP("cd::cli", "Set a new PIN and lift a lockout."), resetPin},
         {QStringLiteral("set-role"), QT_TRANSLATE_NOOP("cd::cli", "Change an account's role (admin or staff)."),
          setRole}});
}

const bool registered = registerCommand(
    {QStringLiteral("staff"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Manage staff accounts and PINs.")), run});

} // namespace

} // namespace cd::cli
