// clinicdesk-cli intake templates [set NAME --url URL ... | remove NAME]
#include "app/cli/IntakeCommands.h"

#include "core/intake/IntakeTemplates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

QStringList channelsPossible(const IntakeTemplate &form)
{
    bool email = true;
    for (const IntakeTexts &t : form.texts)
        email = email && !t.emailSubject.isEmpty();
    return email ? QStringList{QStringLiteral("sms"), QStringLiteral("email+sms")} : QStringList{QStringLiteral("sms")};
}

int list(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("List the intake form templates (name, languages, URL, channels possible).")))
        return ctx.exitCode();
    const QList<IntakeTemplate> forms = IntakeTemplates::load();
    if (ctx.json()) {
        QJsonArray array;
        for (const IntakeTemplate &form : forms) {
            QJsonObject object = form.toJson();
            object.insert(QStringLiteral("language_codes"), QJsonArray::fromStringList(form.languages()));
            object.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channelsPossible(form)));
            object.insert(QStringLiteral("example_address"), form.exampleAddress);
            array.append(object);
        }
        ctx.printJson(array);
        return Success;
    }
    for (const IntakeTemplate &form : forms) {
        ctx.out() << form.name << '\t' << form.languages().join(QLatin1Char(',')) << '\t' << form.url << '\t'
                  << channelsPossible(form).join(QLatin1Char(','))
                  << (form.exampleAddress ? QLatin1String("\t") + tr("(example address: set the clinic's form address)")
                                          : QString())
                  << Qt::endl;
    }
    return Success;
}

int set(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), tr("The form address (https, with {token})."),
                                 QStringLiteral("URL"));
    const QCommandLineOption sms(QStringLiteral("sms"), tr("The text message, with {link}."), QStringLiteral("TEXT"));
    const QCommandLineOption subject(QStringLiteral("email-subject"), tr("The e-mail subject."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("email-body"), tr("The e-mail body, with {link}."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption status(QStringLiteral("status-url"),
                                    tr("Optional completion status address (https, with {token})."),
                                    QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of the texts: en (default) or es."),
                                  QStringLiteral("CODE"));
    parser.addOptions({url, sms, subject, body, status, lang});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The template's name."));
    if (!sub.parse(parser, tr("Add or change an intake form template (the editor's checks apply)."),
                   QStringLiteral("NAME --url URL [--sms TEXT] [--email-subject TEXT] [--email-body TEXT] "
                                  "[--status-url URL] [--lang CODE]")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give the template's NAME (quote it when it has spaces)."));
    const QString name = parser.positionalArguments().constFirst().trimmed();
    IntakeTemplate form = IntakeTemplates::find(name).value_or(IntakeTemplate{});
    const bool isNew = form.name.isEmpty();
    form.name = isNew ? name : form.name;
    if (parser.isSet(url)) {
        form.url = parser.value(url).trimmed();
        form.exampleAddress = false; // the clinic gave its own address
    } else if (isNew) {
        return sub.usageError(tr("--url URL is required for a new template."));
    }
    if (parser.isSet(status))
        form.statusUrl = parser.value(status).trimmed();
    const QString code = parser.isSet(lang) ? parser.value(lang).trimmed().toLower() : QStringLiteral("en");
    IntakeTexts texts = form.texts.value(code);
    if (parser.isSet(sms))
        texts.sms = parser.value(sms);
    if (parser.isSet(subject))
        texts.emailSubject = parser.value(subject);
    if (parser.isSet(body))
        texts.emailBody = parser.value(body);
    form.texts.insert(code, texts);
    if (auto saved = IntakeTemplates::save(form); !saved)
        return sub.fail(saved.error().message);
    if (sub.json())
        sub.printJson(form.toJson());
    else
        sub.out() << (isNew ? tr("Template \"%1\" added.") : tr("Template \"%1\" changed.")).arg(form.name) << Qt::endl;
    return Success;
}

int remove(Context &sub)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The template's name."));
    if (!sub.parse(parser, tr("Remove an intake form template."), QStringLiteral("NAME")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give the template's NAME."));
    const QString name = parser.positionalArguments().constFirst();
    if (auto removed = IntakeTemplates::remove(name); !removed)
        return sub.fail(removed.error().message);
    if (sub.json())
        sub.printJson(QJsonObject{{QStringLiteral("removed"), name}});
    else
        sub.out() << tr("Template \"%1\" removed.").arg(name) << Qt::endl;
    return Success;
}

} // namespace

int runIntakeTemplates(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.value(1) == QLatin1String("set") || args.value(1) == QLatin1String("remove"))
        return runSubcommand(ctx,
                             {{QStringLiteral("set"), QT_TRANSLATE_NOOP("cd::cli", "Add or change a template."), set},
                              {QStringLiteral("remove"), QT_TRANSLATE_NOOP("cd::cli", "Remove a template."), remove}});
    return list(ctx);
}

} // namespace cd::cli
