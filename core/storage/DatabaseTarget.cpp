#include "core/storage/DatabaseTarget.h"

#include "core/security/EndpointOverride.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace cd {

namespace {
const QStringList &knownSslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}
} // namespace

Result<PostgresTarget> PostgresTarget::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) ||
        url.host().isEmpty()) {
        return makeError(QStringLiteral("db.url"),
                         tr("\"%1\" is not a PostgreSQL address. Write it as "
                            "postgresql://USER@HOST:PORT/DATABASE (for example "
                            "postgresql://clinicdesk@db.clinic.lan/clinicdesk).")
                             .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    if (!url.password().isEmpty()) {
        return makeError(QStringLiteral("db.url-password"),
                         tr("The database address must not contain the password: it would end up in settings files "
                            "and shell history. Remove it from the address and store it in the keychain: Settings > Storage, "
                            "or a line CLINICDESK_DATABASE_PASSWORD=… given to \"clinicdesk-cli config "
                            "set-credentials\" on standard input."));
    }
    PostgresTarget target;
    target.host = url.host();
    target.port = url.port(5432);
    target.database = url.path().mid(1);
    target.user = url.userName();
    if (target.database.isEmpty() || target.database.contains(QLatin1Char('/'))) {
        return makeError(QStringLiteral("db.url"),
                         tr("The database address %1 names no database. Add it after the server, e.g. "
                            "postgresql://clinicdesk@%2/clinicdesk.")
                             .arg(url.toDisplayString(QUrl::RemovePassword), target.host));
    }
    if (target.user.isEmpty()) {
        return makeError(QStringLiteral("db.url"),
                         tr("The database address %1 names no user. Add it before the server, e.g. "
                            "postgresql://clinicdesk@%2/%3.")
                             .arg(url.toDisplayString(QUrl::RemovePassword), target.host, target.database));
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!knownSslModes().contains(value)) {
                return makeError(QStringLiteral("db.url"), tr("Unknown sslmode \"%1\" in the database address. Use "
                                                              "verify-full (recommended) or verify-ca.")
                                                               .arg(value));
            }
            target.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            target.sslRootCert = QDir::fromNativeSeparators(value);
        } else {
            return makeError(QStringLiteral("db.url"),
                             tr("Unknown option \"%1\" in the database address. ClinicDesk accepts sslmode and "
                                "sslrootcert.")
                                 .arg(key));
        }
    }
    if (auto verified = target.checkVerifiedOffThisComputer(); !verified)
        return verified.error();
    return target;
}

QString PostgresTarget::caFileProblem(const QString &path)
{
    if (path.isEmpty())
        return QString();
    const QFileInfo file(path);
    if (!file.exists())
        return tr("There is no CA certificate file %1. Choose the file IT gave you (Settings > Storage).")
            .arg(QDir::toNativeSeparators(path));
    if (!file.isFile() || !file.isReadable())
        return tr("The CA certificate file %1 cannot be read. Check that your account may read it.")
            .arg(QDir::toNativeSeparators(path));
    return QString();
}

Status<> PostgresTarget::checkVerifiedOffThisComputer() const
{
    // The same rule as for Twilio: patient data crosses a network only over verified TLS; loopback is this computer.
    if (!verifiesServer() && !EndpointOverride::isLoopbackHost(host)) {
        return makeError(QStringLiteral("db.insecure"),
                         tr("sslmode=%1 does not verify the database server %2, so patient data could be read or "
                            "changed on the way. Use verify-full with the clinic's CA file.")
                             .arg(sslMode, host));
    }
    return Ok{};
}

const QStringList &PostgresTarget::settingTlsModes()
{
    static const QStringList modes{QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                                   QStringLiteral("disable")};
    return modes;
}

Result<PostgresTarget> PostgresTarget::fromFields(const Fields &fields)
{
    PostgresTarget target;
    target.host = fields.host.trimmed();
    target.port = fields.port > 0 ? fields.port : 5432;
    target.database = fields.database.trimmed().isEmpty() ? QStringLiteral("clinicdesk") : fields.database.trimmed();
    target.user = fields.user.trimmed();
    target.sslMode = fields.tls.trimmed().isEmpty() ? QStringLiteral("verify-full") : fields.tls.trimmed().toLower();
    target.sslRootCert = QDir::fromNativeSeparators(fields.caFile.trimmed());
    if (target.host.isEmpty() || target.host.contains(QLatin1Char('/')) || target.host.contains(QLatin1Char(' ')))
        return makeError(QStringLiteral("db.fields"),
                         tr("Enter the shared database server's host name, e.g. db.clinic.lan (empty: this computer "
                            "only)."));
    if (target.port > 65535)
        return makeError(QStringLiteral("db.fields"),
                         tr("Port %1 does not exist: use a number from 1 to 65535 (usually 5432).").arg(target.port));
    if (target.user.isEmpty())
        return makeError(QStringLiteral("db.fields"),
                         tr("Enter the database user this desk signs in as on %1, e.g. clinicdesk.").arg(target.host));
    if (!settingTlsModes().contains(target.sslMode))
        return makeError(
            QStringLiteral("db.fields"),
            tr("\"%1\" is not a server check. Use verify-full (recommended) or verify-ca.").arg(target.sslMode));
    if (auto verified = target.checkVerifiedOffThisComputer(); !verified)
        return verified.error();
    if (auto readable = caFileProblem(target.sslRootCert); !readable.isEmpty())
        return makeError(QStringLiteral("db.fields"), readable);
    return target;
}

bool PostgresTarget::verifiesServer() const
{
    return sslMode == QLatin1String("verify-full") || sslMode == QLatin1String("verify-ca");
}

QString PostgresTarget::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString PostgresTarget::connectOptions() const
{
    // Qt turns ';' into spaces for libpq. A value with a space or ';' cannot be passed this way: refuse quietly by
    // leaving it out (a CA path with spaces falls back to libpq's default file, and the connection fails visibly).
    QStringList options{QStringLiteral("sslmode=%1").arg(sslMode), QStringLiteral("connect_timeout=5"),
                        // A dead link (a Wi-Fi drop, a NAT timeout) is noticed in seconds instead of hours.
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=3"), QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=15000"), QStringLiteral("application_name=clinicdesk")};
    if (!sslRootCert.isEmpty() && !sslRootCert.contains(QLatin1Char(' ')) && !sslRootCert.contains(QLatin1Char(';')))
        options << QStringLiteral("sslrootcert=%1").arg(QDir::toNativeSeparators(sslRootCert));
    return options.join(QLatin1Char(';'));
}

DatabaseTarget DatabaseTarget::sqlite(const QString &file)
{
    DatabaseTarget target;
    target.kind = Kind::SqliteFile;
    target.sqliteFile = file;
    return target;
}

DatabaseTarget DatabaseTarget::server(const PostgresTarget &postgres)
{
    DatabaseTarget target;
    target.kind = Kind::Postgres;
    target.postgres = postgres;
    return target;
}

QString DatabaseTarget::describe() const
{
    return isPostgres() ? postgres.displayUrl() : QDir::toNativeSeparators(sqliteFile);
}

} // namespace cd
