#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd::ui {

// Preferred languages offered for patients, with the name in the UI's language and in the language itself
// (Qt 6.4 has no API for a language's name in another language, so the common ones are listed here).
struct LanguageChoice
{
    QString code;   // BCP 47, stored on the patient
    QString name;   // translated: "Spanish"
    QString native; // "Español"
    QString display() const;
};

class Languages
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::Languages)
public:
    static QList<LanguageChoice> common();
    static QString displayName(const QString &code); // the code itself when unknown
};

} // namespace cd::ui
