#include "core/patients/ConsentMethods.h"

namespace cd {

QList<ConsentMethod> ConsentMethods::all()
{
    return {
        {QStringLiteral("verbal"), tr("Verbally, at the desk")},
        {QStringLiteral("written form"), tr("On a signed form")},
        {QStringLiteral("text message"), tr("By text message")},
        {QStringLiteral("portal"), tr("Through the patient portal")},
        {QStringLiteral("import"), tr("Imported from a file")},
        {QStringLiteral("demo"), tr("Demo patient")},
    };
}

QString ConsentMethods::label(const QString &code)
{
    for (const ConsentMethod &method : all()) {
        if (method.code == code)
            return method.label;
    }
    return code;
}

} // namespace cd
