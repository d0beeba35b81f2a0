#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cd {

// One media item of an inbound MMS (Twilio's Media resource) and where its content is on this desk.
struct MessageMedia
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString mediaSid; // ME...
    QString contentType;
    QString uri;   // Twilio's media resource URI (".json")
    QString state; // MediaState
    qint64 sizeBytes = -1;
    QString filePath; // absolute, once stored
    QString error;    // plain words, for a failed or refused item
    int attempts = 0;

    bool isStored() const;
    bool isImage() const; // shown as a thumbnail (PNG, JPEG, GIF, WebP, BMP); anything else is a file to save
    // The file name offered by "Save attachment…" (the sid and an extension from the content type).
    QString suggestedFileName() const;
};

namespace MediaState {
inline const QString Pending = QStringLiteral("pending");    // listed, not downloaded yet
inline const QString Stored = QStringLiteral("stored");      // content in the data folder
inline const QString Failed = QStringLiteral("failed");      // last download failed; retried on its own back-off
inline const QString TooLarge = QStringLiteral("too_large"); // over the size cap: never downloaded
inline const QString Refused = QStringLiteral("refused");    // not from a safe address; never retried
} // namespace MediaState

// Words for a media item's state (chat bubble, CLI).
QString mediaStateText(const MessageMedia &media);

} // namespace cd

Q_DECLARE_METATYPE(cd::MessageMedia)
