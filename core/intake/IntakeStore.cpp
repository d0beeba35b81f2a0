#include "core/intake/IntakeStore.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace cd {

namespace {

// The SMS of a send is an ordinary outbox message found by its purpose and reference (the newest, after a resend).
const QString Columns = QStringLiteral(
    "s.id, s.patient_id, s.template_name, s.language, s.channel, s.token, s.link, s.status_url, s.sms_text, "
    "s.sms_error, s.email_to, s.email_subject, s.email_text, s.email_html, s.email_status, s.email_message_id, "
    "s.email_error, s.email_attempts, s.email_next_attempt_at, s.created_at, s.created_by, s.completed_at, "
    "s.completed_by, s.canceled_at, s.canceled_by, s.followup_at, s.status_checked_at, s.is_demo, "
    "(SELECT MAX(m.id) FROM messages m WHERE m.purpose = 'intake_form' AND m.purpose_ref = CAST(s.id AS TEXT)), "
    "(SELECT MAX(m.id) FROM messages m WHERE m.purpose = 'intake_form' AND "
    "m.purpose_ref = CAST(s.id AS TEXT) || ':followup')");

QDateTime timeAt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QDateTime() : fromDbTime(q.value(column).toString());
}

std::optional<qint64> idAt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
}

IntakeSend fromRow(const QSqlQuery &q)
{
    IntakeSend s;
    s.id = q.value(0).toLongLong();
    s.patientId = idAt(q, 1);
    s.templateName = q.value(2).toString();
    s.language = q.value(3).toString();
    s.channel = intakeChannelFromName(q.value(4).toString()).value_or(IntakeChannel::Sms);
    s.token = q.value(5).toString();
    s.link = q.value(6).toString();
    s.statusUrl = q.value(7).toString();
    s.smsText = q.value(8).toString();
    s.smsError = q.value(9).toString();
    s.emailTo = q.value(10).toString();
    s.emailSubject = q.value(11).toString();
    s.emailText = q.value(12).toString();
    s.emailHtml = q.value(13).toString();
    s.emailStatus = q.value(14).toString();
    s.emailMessageId = q.value(15).toString();
    s.emailError = q.value(16).toString();
    s.emailAttempts = q.value(17).toInt();
    s.emailNextAttemptAt = timeAt(q, 18);
    s.createdAt = timeAt(q, 19);
    s.createdBy = q.value(20).toString();
    s.completedAt = timeAt(q, 21);
    s.completedBy = q.value(22).toString();
    s.canceledAt = timeAt(q, 23);
    s.canceledBy = q.value(24).toString();
    s.followUpAt = timeAt(q, 25);
    s.statusCheckedAt = timeAt(q, 26);
    s.isDemo = q.value(27).toInt() != 0;
    s.smsMessageId = idAt(q, 28);
    s.followUpMessageId = idAt(q, 29);
    return s;
}

Result<QList<qint64>> ids(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Status<> expectRow(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    return Ok{};
}

} // namespace

QString intakeChannelName(IntakeChannel channel)
{
    return channel == IntakeChannel::EmailAndSms ? QStringLiteral("email+sms") : QStringLiteral("sms");
}

std::optional<IntakeChannel> intakeChannelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("sms"))
        return IntakeChannel::Sms;
    if (n == QLatin1String("email+sms") || n == QLatin1String("sms+email"))
        return IntakeChannel::EmailAndSms;
    return std::nullopt;
}

Result<qint64> IntakeStore::insert(QSqlDatabase &tx, const IntakeSend &s)
{
    return Database::insertReturningId(
        tx,
        QStringLiteral("INSERT INTO intake_sends (patient_id, template_name, language, channel, token, link, "
                       "status_url, sms_text, email_to, email_subject, email_text, email_html, email_status, "
                       "created_at, created_by, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::id(s.patientId), s.templateName, s.language, intakeChannelName(s.channel), s.token, s.link,
         sql::text(s.statusUrl), s.smsText, sql::text(s.emailTo), sql::text(s.emailSubject), sql::text(s.emailText),
         sql::text(s.emailHtml), s.emailStatus, toDbTime(s.createdAt), s.createdBy, s.isDemo ? 1 : 0});
}

Result<IntakeSend> IntakeStore::get(qint64 id) const
{
    auto q = m_database->exec(QStringLiteral("SELECT %1 FROM intake_sends s WHERE s.id = ?").arg(Columns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("intake.not-found"),
                         QCoreApplication::translate("cd::IntakeStore", "There is no intake send %1.").arg(id));
    return fromRow(*q);
}

Result<QList<IntakeSend>> IntakeStore::forPatient(qint64 patientId) const
{
    auto q = m_database->exec(
        QStringLiteral("SELECT %1 FROM intake_sends s WHERE s.patient_id = ? ORDER BY s.created_at DESC, s.id DESC")
            .arg(Columns),
        {patientId});
    if (!q)
        return q.error();
    QList<IntakeSend> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<bool> IntakeStore::claimEmail(qint64 id, const QDateTime &nowUtc)
{
    auto q = m_database->exec(QStringLiteral("UPDATE intake_sends SET email_status = 'sending', email_attempts = "
                                             "email_attempts + 1, email_attempted_at = ?, email_next_attempt_at = NULL "
                                             "WHERE id = ? AND email_status = 'pending' AND canceled_at IS NULL"),
                              {toDbTime(nowUtc), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status<> IntakeStore::emailAccepted(qint64 id, const QString &messageId)
{
    return expectRow(m_database->exec(QStringLiteral("UPDATE intake_sends SET email_status = 'accepted', "
                                                     "email_message_id = ?, email_error = NULL WHERE id = ? AND "
                                                     "email_status = 'sending'"),
                                      {sql::text(messageId), id}));
}

Status<> IntakeStore::emailEnded(qint64 id, const QString &status, const QString &reason)
{
    return expectRow(m_database->exec(QStringLiteral("UPDATE intake_sends SET email_status = ?, email_error = ? "
                                                     "WHERE id = ? AND email_status = 'sending'"),
                                      {status, sql::text(reason), id}));
}

Status<> IntakeStore::emailLater(qint64 id, const QString &reason, const QDateTime &nextAttempt)
{
    return expectRow(m_database->exec(QStringLiteral("UPDATE intake_sends SET email_status = 'pending', "
                                                     "email_error = ?, email_next_attempt_at = ? WHERE id = ? AND "
                                                     "email_status = 'sending'"),
                                      {sql::text(reason), sql::time(nextAttempt), id}));
}

Result<bool> IntakeStore::emailResend(QSqlDatabase &tx, qint64 id)
{
    auto q = Database::exec(tx,
                            QStringLiteral("UPDATE intake_sends SET email_status = 'pending', email_error = NULL, "
                                           "email_next_attempt_at = NULL WHERE id = ? AND email_status IN "
                                           "('failed', 'unknown') AND canceled_at IS NULL"),
                            {id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<QList<qint64>> IntakeStore::emailsDue(const QDateTime &nowUtc) const
{
    return ids(m_database->exec(QStringLiteral("SELECT id FROM intake_sends WHERE email_status = 'pending' AND "
                                               "canceled_at IS NULL AND (email_next_attempt_at IS NULL OR "
                                               "email_next_attempt_at <= ?) ORDER BY id"),
                                {toDbTime(nowUtc)}));
}

Result<int> IntakeStore::abandonStaleEmails(const QDateTime &cutoff, const QString &reason)
{
    auto q = m_database->exec(QStringLiteral("UPDATE intake_sends SET email_status = 'unknown', email_error = ? WHERE "
                                             "email_status = 'sending' AND email_attempted_at <= ?"),
                              {reason, toDbTime(cutoff)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Status<> IntakeStore::setSmsError(qint64 id, const QString &reason)
{
    return expectRow(m_database->exec(QStringLiteral("UPDATE intake_sends SET sms_error = ? WHERE id = ?"),
                                      {sql::text(reason), id}));
}

Result<bool> IntakeStore::markCompleted(QSqlDatabase &tx, qint64 id, const QString &by, const QDateTime &at)
{
    auto q = Database::exec(tx,
                            QStringLiteral("UPDATE intake_sends SET completed_at = ?, completed_by = ? WHERE id = ? "
                                           "AND completed_at IS NULL AND canceled_at IS NULL"),
                            {toDbTime(at), by, id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> IntakeStore::markCanceled(QSqlDatabase &tx, qint64 id, const QString &by, const QDateTime &at)
{
    auto q = Database::exec(tx,
                            QStringLiteral("UPDATE intake_sends SET canceled_at = ?, canceled_by = ?, email_status = "
                                           "CASE WHEN email_status = 'pending' THEN 'canceled' ELSE email_status END "
                                           "WHERE id = ? AND canceled_at IS NULL AND completed_at IS NULL"),
                            {toDbTime(at), by, id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<QList<qint64>> IntakeStore::followUpsDue(const QDateTime &cutoff) const
{
    return ids(m_database->exec(QStringLiteral("SELECT id FROM intake_sends WHERE followup_at IS NULL AND "
                                               "completed_at IS NULL AND canceled_at IS NULL AND created_at <= ? "
                                               "ORDER BY id"),
                                {toDbTime(cutoff)}));
}

Result<bool> IntakeStore::markFollowUp(QSqlDatabase &tx, qint64 id, const QDateTime &at)
{
    auto q = Database::exec(
        tx, QStringLiteral("UPDATE intake_sends SET followup_at = ? WHERE id = ? AND followup_at IS NULL"),
        {toDbTime(at), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<QList<qint64>> IntakeStore::statusChecksDue(const QDateTime &youngerThan, const QDateTime &checkedBefore) const
{
    return ids(m_database->exec(QStringLiteral("SELECT id FROM intake_sends WHERE status_url IS NOT NULL AND "
                                               "completed_at IS NULL AND canceled_at IS NULL AND created_at >= ? AND "
                                               "(status_checked_at IS NULL OR status_checked_at <= ?) ORDER BY id"),
                                {toDbTime(youngerThan), toDbTime(checkedBefore)}));
}

Status<> IntakeStore::markStatusChecked(qint64 id, const QDateTime &at)
{
    return expectRow(m_database->exec(QStringLiteral("UPDATE intake_sends SET status_checked_at = ? WHERE id = ?"),
                                      {toDbTime(at), id}));
}

Result<bool> IntakeStore::claimStatusCheck(qint64 id, const QDateTime &at, const QDateTime &checkedBefore)
{
    auto q = m_database->exec(QStringLiteral("UPDATE intake_sends SET status_checked_at = ? WHERE id = ? AND "
                                             "(status_checked_at IS NULL OR status_checked_at <= ?)"),
                              {toDbTime(at), id, toDbTime(checkedBefore)});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<QList<qint64>> IntakeStore::openDemoSends(const QDateTime &createdBefore) const
{
    return ids(m_database->exec(QStringLiteral("SELECT id FROM intake_sends WHERE is_demo = 1 AND completed_at IS "
                                               "NULL AND canceled_at IS NULL AND created_at <= ? ORDER BY id"),
                                {toDbTime(createdBefore)}));
}

} // namespace cd
