#include "core/messaging/MediaFetcher.h"

#include "core/common/Clock.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMedia, "clinicdesk.media")

namespace cd {

MediaFetcher::MediaFetcher(MessageStore &messages, SmsGateway &gateway)
    : m_messages(messages), m_gateway(gateway), m_store(messages)
{
}

MediaFetcher::Report MediaFetcher::run()
{
    Report report;
    auto awaiting = m_store.awaitingList(MaxPerCycle);
    if (!awaiting) {
        qCWarning(lcMedia) << "reading messages with media failed:" << awaiting.error().code;
        return report;
    }
    for (const Message &message : std::as_const(*awaiting)) {
        const auto list = awaitGateway<QList<TwilioMedia>>(
            [&](TwilioCallback<QList<TwilioMedia>> done) { m_gateway.listMedia(message.sid, std::move(done)); });
        if (!list) {
            // Gone at Twilio (deleted): nothing left to list. Anything else: asked again next cycle.
            if (list.error().kind == TwilioError::Kind::Api && list.error().httpStatus == 404) {
                (void)m_store.storeList(message.id, {});
                continue;
            }
            qCInfo(lcMedia) << "media list of message" << message.id << "failed, next cycle:" << list.error().message;
            break;
        }
        if (auto stored = m_store.storeList(message.id, *list); stored)
            ++report.listed;
    }

    const QDateTime now = Clock::instance().nowUtc();
    auto due = m_store.due(now, MaxPerCycle);
    if (!due)
        return report;
    for (const MessageMedia &item : std::as_const(*due)) {
        TwilioMedia media;
        media.sid = item.mediaSid;
        media.contentType = item.contentType;
        media.uri = item.uri;
        const auto content = awaitGateway<TwilioMediaContent>([&](TwilioCallback<TwilioMediaContent> done) {
            m_gateway.downloadMedia(media, m_maxBytes, std::move(done));
        });
        if (content && content->tooLarge) {
            (void)m_store.recordFailure(item,
                                        QCoreApplication::translate("cd::MediaFetcher", "larger than %1")
                                            .arg(QLocale().formattedDataSize(m_maxBytes)),
                                        {}, MediaState::TooLarge);
            ++report.failed;
            continue;
        }
        if (content) {
            if (auto stored = m_store.storeContent(item, content->data); stored) {
                ++report.stored;
                continue;
            }
        }
        const bool refused = !content && content.error().kind == TwilioError::Kind::Protocol &&
                             content.error().detail.startsWith(QLatin1String("refused"));
        const int minutes = std::min(MaxBackoffMinutes, 1 << std::min(item.attempts, 12));
        const QString why =
            content ? QCoreApplication::translate("cd::MediaFetcher", "could not be saved") : content.error().message;
        (void)m_store.recordFailure(item, why, now.addSecs(qint64(minutes) * 60),
                                    refused ? MediaState::Refused : QString());
        ++report.failed;
        qCInfo(lcMedia) << "media" << item.id << "not downloaded, next try in" << minutes << "min";
    }
    return report;
}

} // namespace cd
