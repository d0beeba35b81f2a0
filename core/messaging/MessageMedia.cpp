#include "core/messaging/MessageMedia.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeDatabase>

namespace cd {

bool MessageMedia::isStored() const
{
    return state == MediaState::Stored && !filePath.isEmpty();
}

bool MessageMedia::isImage() const
{
    static const QStringList images{QStringLiteral("image/png"),  QStringLiteral("image/jpeg"),
                                    QStringLiteral("image/jpg"),  QStringLiteral("image/gif"),
                                    QStringLiteral("image/webp"), QStringLiteral("image/bmp")};
    return images.contains(contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower());
}

QString MessageMedia::suggestedFileName() const
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType.section(QLatin1Char(';'), 0, 0).trimmed());
    const QString suffix = type.isValid() ? type.preferredSuffix() : QString();
    return suffix.isEmpty() ? mediaSid : mediaSid + QLatin1Char('.') + suffix;
}

QString mediaStateText(const MessageMedia &media)
{
    if (media.state == MediaState::Stored)
        return QCoreApplication::translate("cd::MessageMedia", "%1, %2")
            .arg(media.contentType, QLocale().formattedDataSize(std::max<qint64>(0, media.sizeBytes)));
    if (media.state == MediaState::Pending)
        return QCoreApplication::translate("cd::MessageMedia", "Attachment not downloaded yet");
    if (media.state == MediaState::TooLarge)
        return QCoreApplication::translate("cd::MessageMedia", "Attachment too large to download (%1)")
            .arg(media.contentType);
    if (media.state == MediaState::Refused)
        return QCoreApplication::translate("cd::MessageMedia", "Attachment refused: %1").arg(media.error);
    return QCoreApplication::translate("cd::MessageMedia", "Attachment could not be downloaded; trying again later");
}

} // namespace cd
