#include "core/demo/DemoGateway.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioErrorMessages.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDemo, "clinicdesk.demo")

namespace cd {

namespace {

TwilioError apiError(int code)
{
    TwilioError error;
    error.kind = TwilioError::Kind::Api;
    error.httpStatus = 400;
    error.code = code;
    error.message = twilioErrorText(code);
    error.detail = QStringLiteral("demo transport");
    return error;
}

TwilioError storageError(const Error &e)
{
    TwilioError error;
    error.kind = TwilioError::Kind::Configuration;
    error.message = e.message;
    return error;
}

const QString Columns = QStringLiteral("sid, direction, from_number, to_number, body, created_at, canceled");

TwilioMessage fromRow(const QSqlQuery &q, const QDateTime &now)
{
    TwilioMessage m;
    m.sid = q.value(0).toString();
    m.accountSid = QStringLiteral("ACdemo");
    m.direction = q.value(1).toString();
    m.from = q.value(2).toString();
    m.to = q.value(3).toString();
    m.body = q.value(4).toString();
    m.dateCreated = fromDbTime(q.value(5).toString());
    m.dateUpdated = m.dateCreated;
    m.numSegments = 1 + int(m.body.size()) / 154;
    m.numMedia = 0;
    const qint64 age = m.dateCreated.secsTo(now);
    if (m.direction == QLatin1String("inbound")) {
        m.status = QStringLiteral("received");
        m.dateSent = m.dateCreated;
    } else if (q.value(6).toInt() != 0) {
        m.status = QStringLiteral("canceled");
    } else if (age < DemoGateway::SentAfterSec) {
        m.status = QStringLiteral("queued");
    } else {
        m.dateSent = m.dateCreated.addSecs(DemoGateway::SentAfterSec);
        m.status = age < DemoGateway::DeliveredAfterSec ? QStringLiteral("sent") : QStringLiteral("delivered");
        m.price = QStringLiteral("-0.00790");
        m.priceUnit = QStringLiteral("USD");
        m.dateUpdated = m.dateCreated.addSecs(age < DemoGateway::DeliveredAfterSec ? DemoGateway::SentAfterSec
                                                                                   : DemoGateway::DeliveredAfterSec);
    }
    return m;
}

} // namespace

DemoGateway::DemoGateway(std::shared_ptr<Database> database, QObject *parent)
    : SmsGateway(parent), m_database(std::move(database))
{
}

template <typename T> void DemoGateway::answerLater(TwilioCallback<T> done, TwilioResult<T> result)
{
    // Asynchronous like the real client, so callers never depend on a synchronous answer.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)]() { done(result); });
}

QString DemoGateway::replyFor(const QString &sid)
{
    const QByteArray digest = QCryptographicHash::hash(sid.toUtf8(), QCryptographicHash::Sha1);
    const auto pick = quint8(digest.at(0));
    if (pick % 3 != 0)
        return {};
    static const char *const replies[] = {
        QT_TRANSLATE_NOOP("cd::DemoGateway", "Thank you, see you then!"),
        QT_TRANSLATE_NOOP("cd::DemoGateway", "Got it, thanks."),
        QT_TRANSLATE_NOOP("cd::DemoGateway", "Can I come 30 minutes later?"),
        QT_TRANSLATE_NOOP("cd::DemoGateway", "OK"),
    };
    return QCoreApplication::translate("cd::DemoGateway", replies[(pick / 3) % 4]);
}

void DemoGateway::sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(request.to).hasMatch())
        return answerLater<TwilioMessage>(std::move(done), apiError(21211));
    if (request.body.trimmed().isEmpty())
        return answerLater<TwilioMessage>(std::move(done), apiError(21602));
    if (request.body.size() > 1600)
        return answerLater<TwilioMessage>(std::move(done), apiError(21617));

    const QString sid = QStringLiteral("SM%1%2")
                            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    const QDateTime now = Clock::instance().nowUtc();
    auto inserted =
        m_database->exec(QStringLiteral("INSERT INTO demo_twilio_messages (sid, direction, from_number, "
                                        "to_number, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {sid, QStringLiteral("outbound-api"), demoNumber(), request.to, request.body, toDbTime(now)});
    if (!inserted)
        return answerLater<TwilioMessage>(std::move(done), storageError(inserted.error()));
    answerLater<TwilioMessage>(std::move(done), load(sid));
}

TwilioResult<TwilioMessage> DemoGateway::load(const QString &sid) const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM demo_twilio_messages WHERE sid = ?").arg(Columns), {sid});
    if (!q)
        return storageError(q.error());
    if (!q->next()) {
        TwilioError error = apiError(20404);
        error.httpStatus = 404;
        return error;
    }
    return fromRow(*q, Clock::instance().nowUtc());
}

void DemoGateway::fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    materialiseReplies();
    answerLater<TwilioMessage>(std::move(done), load(sid));
}

void DemoGateway::materialiseReplies()
{
    // Replies whose time has come become inbound messages (stable sids derived from the outbound sid).
    const QDateTime now = Clock::instance().nowUtc();
    auto q = m_database->exec(QStringLiteral("SELECT sid, from_number, to_number, created_at, body FROM "
                                             "demo_twilio_messages WHERE direction = 'outbound-api' AND canceled = 0 "
                                             "AND created_at >= ? AND created_at <= ?"),
                              {toDbTime(now.addDays(-2)), toDbTime(now.addSecs(-ReplyAfterSec))});
    if (!q)
        return;
    while (q->next()) {
        const QString sid = q->value(0).toString();
        QString reply = replyFor(sid);
        // An appointment text asks for C or R: the demo patient answers that way (mostly C).
        if (!reply.isEmpty() && q->value(4).toString().contains(QLatin1String("Reply C to confirm")))
            reply = sid.endsWith(QLatin1Char('7')) ? QStringLiteral("R") : QStringLiteral("C");
        if (reply.isEmpty())
            continue;
        const QString replySid =
            QStringLiteral("SM") +
            QString::fromLatin1(
                QCryptographicHash::hash((sid + QStringLiteral("/reply")).toUtf8(), QCryptographicHash::Md5).toHex());
        const QDateTime at = fromDbTime(q->value(3).toString()).addSecs(ReplyAfterSec);
        (void)m_database->exec(QStringLiteral("INSERT INTO demo_twilio_messages (sid, direction, from_number, "
                                              "to_number, body, created_at) VALUES (?, 'inbound', ?, ?, ?, ?) "
                                              "ON CONFLICT (sid) DO NOTHING"),
                               {replySid, q->value(2).toString(), q->value(1).toString(), reply, toDbTime(at)});
    }
}

void DemoGateway::listMessages(const MessageListFilter &filter, const QString &pageUri,
                               TwilioCallback<TwilioMessagePage> done)
{
    materialiseReplies();
    QString sql = QStringLiteral("SELECT %1 FROM demo_twilio_messages WHERE 1 = 1").arg(Columns);
    QVariantList binds;
    if (!filter.to.isEmpty()) {
        sql += QStringLiteral(" AND to_number = ?");
        binds << filter.to;
    }
    if (!filter.from.isEmpty()) {
        sql += QStringLiteral(" AND from_number = ?");
        binds << filter.from;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, sid");
    auto q = m_database->exec(sql, binds);
    if (!q)
        return answerLater<TwilioMessagePage>(std::move(done), storageError(q.error()));
    const QDateTime now = Clock::instance().nowUtc();
    const int pageSize = std::clamp(filter.pageSize, 1, 1000);
    const int offset = pageUri.startsWith(QLatin1String("demo:")) ? pageUri.mid(5).toInt() : 0;
    TwilioMessagePage page;
    int index = 0;
    while (q->next()) {
        const TwilioMessage m = fromRow(*q, now);
        // Like Twilio: DateSent filters are whole GMT days and skip messages not sent yet.
        if (filter.dateSentOnOrAfter.isValid() || filter.dateSentBefore.isValid()) {
            if (!m.dateSent.isValid())
                continue;
            const QDate day = m.dateSent.toUTC().date();
            if ((filter.dateSentOnOrAfter.isValid() && day < filter.dateSentOnOrAfter) ||
                (filter.dateSentBefore.isValid() && day >= filter.dateSentBefore))
                continue;
        }
        if (index >= offset + pageSize) {
            page.nextPageUri = QStringLiteral("demo:%1").arg(offset + pageSize);
            break;
        }
        if (index >= offset)
            page.messages.append(m);
        ++index;
    }
    answerLater<TwilioMessagePage>(std::move(done), page);
}

void DemoGateway::cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done)
{
    // The demo transport sends at once, so nothing is ever still scheduled.
    Q_UNUSED(sid);
    answerLater<TwilioMessage>(std::move(done), apiError(30409));
}

} // namespace cd
