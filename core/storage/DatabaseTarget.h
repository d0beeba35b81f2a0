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
    QString displayUrl() const; // without the password
    // libpq options for QSqlDatabase::setConnectOptions (TLS, time-outs, keepalives that notice a dead link).
    QString connectOptions() const;
    bool verifiesServer() const;
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
