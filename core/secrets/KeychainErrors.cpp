#include "core/secrets/KeychainErrors.h"

namespace cd {

QString KeychainErrors::keychainName()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("the macOS keychain");
#else
    return tr("the desktop keychain (Secret Service: gnome-keyring or KWallet)");
#endif
}

QString KeychainErrors::howToFix()
{
#if defined(Q_OS_WIN)
    return tr("Sign in to Windows with your own account (not a service account) and try again.");
#elif defined(Q_OS_MACOS)
    return tr("Open Keychain Access, unlock the login keychain and allow ClinicDesk when asked.");
#else
    return tr("Install gnome-keyring (or KWallet), log in to a desktop session so it starts and unlocks, and try "
              "again. Over SSH or in a script, run the command inside \"dbus-run-session\" with gnome-keyring-daemon "
              "unlocked.");
#endif
}

Error KeychainErrors::describe(KeychainFailure failure, const QString &backendText, Operation operation)
{
    const QString detail = backendText.isEmpty() ? QString() : tr(" (keychain said: %1)").arg(backendText);
    switch (failure) {
    case KeychainFailure::NotFound:
        return makeError(QStringLiteral("keychain.not-found"), tr("The secret is not set."));
    case KeychainFailure::AccessDeniedByUser:
        return makeError(QStringLiteral("keychain.denied"),
                         tr("Access to %1 was denied. Try again and choose \"Allow\" when the keychain asks for "
                            "ClinicDesk.")
                                 .arg(keychainName()) +
                             detail);
    case KeychainFailure::AccessDenied:
        return makeError(QStringLiteral("keychain.locked"),
                         tr("%1 refused access; it is probably locked. Unlock it and try again. %2")
                                 .arg(keychainName(), howToFix()) +
                             detail);
    case KeychainFailure::NoBackend:
        return makeError(QStringLiteral("keychain.no-backend"),
                         tr("No keychain service is running, so secrets cannot be stored safely (ClinicDesk never "
                            "falls back to a file). %1")
                                 .arg(howToFix()) +
                             detail);
    case KeychainFailure::NotImplemented:
        return makeError(QStringLiteral("keychain.not-implemented"),
                         tr("This system has no supported keychain. %1").arg(howToFix()) + detail);
    case KeychainFailure::CouldNotDelete:
        return makeError(QStringLiteral("keychain.delete-failed"),
                         tr("The secret could not be removed from %1. Unlock it and try again.").arg(keychainName()) +
                             detail);
    case KeychainFailure::Other:
        break;
    }
    // QtKeychain reports a missing D-Bus session as a generic error ("Cannot autolaunch D-Bus without X11 $DISPLAY").
    if (backendText.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        backendText.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
        backendText.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive)) {
        return makeError(QStringLiteral("keychain.no-session-bus"),
                         tr("The keychain cannot be reached: no desktop session bus (D-Bus) is running, so no "
                            "keychain service is available and secrets cannot be stored safely. %1")
                                 .arg(howToFix()) +
                             detail);
    }
    // A bus without any Secret Service: D-Bus cannot start one ("…was not provided by any .service files").
    if (backendText.contains(QLatin1String("org.freedesktop.secrets")) ||
        backendText.contains(QLatin1String("ServiceUnknown"))) {
        return makeError(QStringLiteral("keychain.no-backend"),
                         tr("No keychain service (Secret Service) is running in this session, so secrets cannot be "
                            "stored safely (ClinicDesk never falls back to a file). %1")
                                 .arg(howToFix()) +
                             detail);
    }
    // gnome-keyring runs but has no unlocked login keyring and could not show its unlock prompt.
    if (backendText.contains(QLatin1String("/collection/")) ||
        backendText.contains(QLatin1String("prompt"), Qt::CaseInsensitive) ||
        backendText.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return makeError(QStringLiteral("keychain.locked"),
                         tr("%1 is locked or has no login keyring, and it could not ask for the password. Unlock the "
                            "login keyring (log in to the desktop, or open \"Passwords and Keys\") and try again. %2")
                                 .arg(keychainName(), howToFix()) +
                             detail);
    }
    QString text;
    switch (operation) {
    case Operation::Read:
        text = tr("The secret could not be read from %1. %2");
        break;
    case Operation::Write:
        text = tr("The secret could not be saved in %1. %2");
        break;
    case Operation::Remove:
        text = tr("The secret could not be removed from %1. %2");
        break;
    }
    return makeError(QStringLiteral("keychain.error"), text.arg(keychainName(), howToFix()) + detail);
}

} // namespace cd
