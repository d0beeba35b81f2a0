#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cd {

struct QuickReply
{
    QString title;
    QString text; // may contain {first_name}, {last_name}, {clinic_name}
};

// Quick-reply templates for the composer and the variables they may use.
class QuickReplies
{
    Q_DECLARE_TR_FUNCTIONS(cd::QuickReplies)
public:
    static QList<QuickReply> builtIn();
    // Replaces {name} variables; an unknown variable stays as typed so the mistake is visible before sending.
    static QString expand(const QString &text, const QHash<QString, QString> &variables);
    static QHash<QString, QString> variablesFor(const QString &firstName, const QString &lastName,
                                                const QString &clinicName);
};

} // namespace cd
