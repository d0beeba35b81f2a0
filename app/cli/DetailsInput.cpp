#include "app/cli/DetailsInput.h"

#include "app/cli/Cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

namespace cd::cli {

Result<QJsonObject> readDetailsObject(const QString &fileOrDash, const QString &example)
{
    QFile file;
    const bool fromStdin = fileOrDash == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(fileOrDash), !file.open(QIODevice::ReadOnly)))
        return makeError(
            QStringLiteral("input.unreadable"),
            tr("cannot read %1: %2").arg(fromStdin ? tr("standard input") : fileOrDash, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("input.not-json"),
                         tr("%1 must hold one JSON object, e.g. %2 (%3).")
                             .arg(fromStdin ? tr("standard input") : fileOrDash,
                                  example.isEmpty()
                                      ? QStringLiteral("{\"first\": \"…\", \"last\": \"…\", \"phone\": \"…\"}")
                                      : example,
                                  error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object")));
    return doc.object();
}

} // namespace cd::cli
