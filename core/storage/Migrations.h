#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// Forward-only schema steps. Append new ones at the end with the next version; never edit a shipped one.
// Statements must be valid SQLite and PostgreSQL; `{{pk}}` becomes the backend's auto-increment key and `{{key}}`
// a text column compared by code point (search keys: prefix ranges must not depend on the server's locale).
// A statement starting with `{{sqlite-only}}` runs on SQLite only (FTS5); PostgreSQL gets a no-op in its place.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace cd
