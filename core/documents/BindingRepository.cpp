#include "documents/BindingRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents::BindingRepository", text);
}

QDateTime utc(const QVariant& value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace

Result<TalkSheet> BindingRepository::talk(qint64 caseId, const QString& uid) const
{
    auto row = storage::runQuery(
        m_db,
        QStringLiteral("SELECT t.uid, t.venue, t.started_at, t.ended_at, t.interviewee, t.staff, t.content, "
                       "(SELECT count(*) FROM talk_record o WHERE o.case_id = t.case_id AND o.interviewee = "
                       "t.interviewee AND o.started_at <= t.started_at) FROM talk_record t WHERE t.uid = ? AND "
                       "t.case_id = ?"),
        {uid, caseId});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("This case has no such talk record."));
    TalkSheet sheet{row->value(0).toString(), row->value(1).toString(),
                    utc(row->value(2)),       utc(row->value(3)),
                    row->value(4).toString(), row->value(5).toString().split(u'、', Qt::SkipEmptyParts),
                    row->value(6).toString(), row->value(7).toInt()};
    return sheet;
}

Result<RecusalSheet> BindingRepository::recusal(qint64 caseId, const QString& uid) const
{
    auto row = storage::runQuery(m_db,
                                 QStringLiteral("SELECT r.uid, u.display_name, q.display_name, r.grounds, r.status, "
                                                "r.note, coalesce(r.decided_at, '') FROM recusal r JOIN app_user u ON "
                                                "u.id = r.user_id JOIN app_user q ON q.id = r.requested_by WHERE "
                                                "r.uid = ? AND r.case_id = ?"),
                                 {uid, caseId});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("This case has no such recusal."));
    return RecusalSheet{row->value(0).toString(),
                        row->value(1).toString(),
                        row->value(2).toString(),
                        row->value(3).toString(),
                        row->value(4).toString(),
                        row->value(5).toString(),
                        QDate::fromString(row->value(6).toString().left(10), Qt::ISODate)};
}

Result<AppealSheet> BindingRepository::appeal(qint64 caseId, const QString& uid) const
{
    auto row = storage::runQuery(m_db,
                                 QStringLiteral("SELECT uid, appellant, grounds, lodged_on, status, coalesce(outcome, "
                                                "''), findings, coalesce(decided_on, '') FROM appeal WHERE uid = ? AND "
                                                "case_id = ?"),
                                 {uid, caseId});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("This case has no such appeal."));
    return AppealSheet{row->value(0).toString(), row->value(1).toString(),
                       row->value(2).toString(), QDate::fromString(row->value(3).toString().left(10), Qt::ISODate),
                       row->value(4).toString(), row->value(5).toString(),
                       row->value(6).toString(), QDate::fromString(row->value(7).toString().left(10), Qt::ISODate)};
}

Result<QList<ItemChoice>> BindingRepository::choices(qint64 caseId, const QString& item) const
{
    QString sql;
    if (item == QLatin1String("talk_record"))
        sql = QStringLiteral("SELECT uid, substr(started_at, 1, 16) || ' ' || interviewee || ' ' || venue FROM "
                             "talk_record WHERE case_id = ? ORDER BY started_at");
    else if (item == QLatin1String("recusal"))
        sql = QStringLiteral("SELECT r.uid, u.display_name || ' ' || r.status || ' ' || substr(r.grounds, 1, 30) "
                             "FROM recusal r JOIN app_user u ON u.id = r.user_id WHERE r.case_id = ? ORDER BY r.id");
    else if (item == QLatin1String("appeal"))
        sql = QStringLiteral("SELECT uid, lodged_on || ' ' || appellant || ' ' || status FROM appeal WHERE case_id = "
                             "? ORDER BY lodged_on");
    else
        return QList<ItemChoice>{};
    auto rows = storage::runQuery(m_db, sql, {caseId});
    if (!rows.ok())
        return rows.error();
    QList<ItemChoice> result;
    while (rows->next())
        result << ItemChoice{rows->value(0).toString(), rows->value(1).toString()};
    return result;
}

Result<QString> BindingRepository::latestReview(qint64 caseId, const QString& kind) const
{
    auto content = storage::querySingleValue(m_db,
                                             QStringLiteral("SELECT content FROM review_record WHERE case_id = ? AND "
                                                            "kind = ? ORDER BY held_on DESC, id DESC LIMIT 1"),
                                             {caseId, kind});
    if (!content.ok())
        return content.error();
    return content->isNull() ? QString() : content->toString();
}

} // namespace qf::documents
