#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// A shared clinic database on a PostgreSQL server. The password is never part of a URL that is shown or stored:
// it comes from the keychain (or CLINICDESK_DATABASE_PASSWORD for scripts) and lives only in memory.
struct PostgresTarget
{
    Q_DECLARE_TR_FUNCTIONS(cd::PostgresTarget)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    // libpq's default "prefer" does not check the server at all: verify-full checks the chain and the host name.
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; // the clinic's CA file; empty: libpq's default (~/.postgresql/root.crt)

    // postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path/ca.pem
    // Refuses a URL that carries a password, an unknown sslmode, or unverified TLS to a host off this computer.
    static Result<PostgresTarget> fromUrl(const QString &url);
    // The same from Settings' separate fields (host, port, database, user, server check, CA file): empty port,
    // database and check mean 5432, "clinicdesk" and verify-full. The same rules as fromUrl, said field by field.
    struct Fields
    {
        QString host;
        int port = 0;
        QString database;
        QString user;
        QString tls;
        QString caFile;
    };
    static Result<PostgresTarget> fromFields(const Fields &fields);
    // The server checks Settings offers: verify-full, verify-ca, and disable (only for a server on this computer).
    static const QStringList &settingTlsModes();
    // What is wrong with the CA file at `path` (missing, unreadable), in words; empty when it is fine or not set.
    static QString caFileProblem(const QString &path);
    QString displayUrl() const; // without the password
    // libpq options for QSqlDatabase::setConnectOptions (TLS, time-outs, keepalives that notice a dead link).
    QString connectOptions() const;
    bool verifiesServer() const;
    // Unverified TLS only to this computer (db.insecure otherwise).
    Status<> checkVerifiedOffThisComputer() const;
};

// Which database a process works on: the SQLite file of this computer, or the clinic's PostgreSQL server.
struct DatabaseTarget
{
    enum class Kind
    {
        SqliteFile,
        Postgres
    };
    Kind kind = Kind::SqliteFile;
    QString sqliteFile;
    PostgresTarget postgres;

    static DatabaseTarget sqlite(const QString &file);
    static DatabaseTarget server(const PostgresTarget &target);
    bool isPostgres() const { return kind == Kind::Postgres; }
    QString describe() const; // for messages and `db status`: the file, or the URL without password
};

} // namespace cd
