#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

// How SMS consent was given. The code is stored (and exported); the label is shown, translated.
struct ConsentMethod
{
    QString code;
    QString label;
};

class ConsentMethods
{
    Q_DECLARE_TR_FUNCTIONS(cd::ConsentMethods)
public:
    static QList<ConsentMethod> all();
    static QString label(const QString &code); // the code itself when unknown (e.g. from an import)
};

} // namespace cd
