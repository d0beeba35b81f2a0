#include "ui/common/Languages.h"

#include <QLocale>

namespace cd::ui {

QString LanguageChoice::display() const
{
    return native.isEmpty() || native == name ? name : QStringLiteral("%1 — %2").arg(name, native);
}

QList<LanguageChoice> Languages::common()
{
    // The languages US front desks meet most often.
    return {
        {QStringLiteral("en"), tr("English"), QStringLiteral("English")},
        {QStringLiteral("es"), tr("Spanish"), QStringLiteral("Español")},
        {QStringLiteral("zh"), tr("Chinese"), QStringLiteral("中文")},
        {QStringLiteral("vi"), tr("Vietnamese"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("tl"), tr("Tagalog"), QStringLiteral("Tagalog")},
        {QStringLiteral("ko"), tr("Korean"), QStringLiteral("한국어")},
        {QStringLiteral("ru"), tr("Russian"), QStringLiteral("Русский")},
        {QStringLiteral("ar"), tr("Arabic"), QStringLiteral("العربية")},
        {QStringLiteral("fr"), tr("French"), QStringLiteral("Français")},
        {QStringLiteral("pt"), tr("Portuguese"), QStringLiteral("Português")},
        {QStringLiteral("ht"), tr("Haitian Creole"), QStringLiteral("Kreyòl ayisyen")},
        {QStringLiteral("de"), tr("German"), QStringLiteral("Deutsch")},
    };
}

QString Languages::displayName(const QString &code)
{
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    for (const LanguageChoice &choice : common()) {
        if (choice.code == base)
            return choice.display();
    }
    const QLocale locale(code);
    if (locale.language() != QLocale::C && !locale.nativeLanguageName().isEmpty())
        return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code);
    return code;
}

} // namespace cd::ui
