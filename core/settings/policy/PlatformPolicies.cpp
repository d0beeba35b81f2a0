#include "core/settings/policy/PlatformPolicies.h"

#ifdef Q_OS_WIN
#include <QSettings>
#endif

#ifdef Q_OS_MACOS
#include <CoreFoundation/CoreFoundation.h>
#endif

namespace cd::PlatformPolicies {

namespace {

#ifdef Q_OS_WIN
// QSettings never reads Software\Policies by itself: open the key by its full path. Registry64Format so that a
// 32-bit build reads the same (64-bit) view that Group Policy writes.
void readRegistry(const QString &path, const QStringList &keys, RawPolicies &into)
{
    QSettings registry(path, QSettings::Registry64Format);
    for (const QString &key : keys) {
        if (registry.contains(key))
            into.entries.append(RawPolicy{key, registry.value(key), path});
    }
}
#endif

#ifdef Q_OS_MACOS
QVariant fromCF(CFPropertyListRef value)
{
    if (!value)
        return QVariant();
    const CFTypeID type = CFGetTypeID(value);
    if (type == CFStringGetTypeID())
        return QString::fromCFString(static_cast<CFStringRef>(value));
    if (type == CFBooleanGetTypeID())
        return bool(CFBooleanGetValue(static_cast<CFBooleanRef>(value)));
    if (type == CFNumberGetTypeID()) {
        double number = 0;
        CFNumberGetValue(static_cast<CFNumberRef>(value), kCFNumberDoubleType, &number);
        return number;
    }
    return QVariant(); // arrays, dictionaries, dates: no setting has that type
}
#endif

} // namespace

RawPolicies read(const QStringList &keys)
{
    RawPolicies result;
#if defined(Q_OS_WIN)
    readRegistry(QString::fromLatin1(WindowsUserKey), keys, result);
    readRegistry(QString::fromLatin1(WindowsMachineKey), keys, result); // later wins: the machine's policy
#elif defined(Q_OS_MACOS)
    const CFStringRef domain = CFStringCreateWithCString(kCFAllocatorDefault, MacDomain, kCFStringEncodingUTF8);
    for (const QString &key : keys) {
        const CFStringRef name = key.toCFString();
        if (CFPreferencesAppValueIsForced(name, domain)) {
            const CFPropertyListRef value = CFPreferencesCopyAppValue(name, domain);
            result.entries.append(
                RawPolicy{key, fromCF(value), QStringLiteral("managed preferences %1").arg(QLatin1String(MacDomain))});
            if (value)
                CFRelease(value);
        }
        CFRelease(name);
    }
    CFRelease(domain);
#else
    Q_UNUSED(keys)
#endif
    return result;
}

} // namespace cd::PlatformPolicies
