#include "people/SubjectHistory.h"

#include "storage/Sql.h"

#include <algorithm>

namespace qf::people {

namespace {

bool caseIsOpen(const QString& stage)
{
    return stage != QLatin1String("closed") && stage != QLatin1String("archived");
}

} // namespace

int SubjectHistory::reportsReceived() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const HistoryItem& item) { return item.countsAsReport; }));
}

Result<SubjectHistory> subjectHistoryWithin(const QSqlDatabase& db, qint64 personId, const SanctionLookup& sanctions)
{
    SubjectHistory history;
    auto reports = storage::runQuery(db,
                                     QStringLiteral("SELECT r.received_date, r.summary, r.screening FROM report r JOIN "
                                                    "report_subject s ON s.report_id = r.id WHERE s.person_id = ?"),
                                     {personId});
    if (!reports.ok())
        return reports.error();
    while (reports->next()) {
        const QString screening = reports->value(2).toString();
        history.items << HistoryItem{HistoryItem::Kind::Report,
                                     QDate::fromString(reports->value(0).toString(), Qt::ISODate),
                                     QString(),
                                     reports->value(1).toString(),
                                     screening,
                                     screening == QLatin1String("pending"),
                                     true};
    }
    auto leads = storage::runQuery(
        db,
        QStringLiteral("SELECT l.created_at, l.number, l.summary, l.status, l.disposition, c.number, c.stage, "
                       "c.created_at, NOT EXISTS (SELECT 1 FROM report r WHERE r.lead_id = l.id) FROM lead l JOIN "
                       "lead_subject s ON s.lead_id = l.id LEFT JOIN case_file c ON c.lead_id = l.id WHERE "
                       "s.person_id = ?"),
        {personId});
    if (!leads.ok())
        return leads.error();
    while (leads->next()) {
        const QString status = leads->value(3).toString();
        const QString disposition = leads->value(4).toString();
        const bool hasCase = !leads->value(5).isNull();
        HistoryItem lead{HistoryItem::Kind::Lead,
                         QDate::fromString(leads->value(0).toString().left(10), Qt::ISODate),
                         leads->value(1).toString(),
                         leads->value(2).toString(),
                         disposition.isEmpty() ? status : status + u'/' + disposition,
                         status != QLatin1String("closed") && !hasCase,
                         leads->value(8).toBool()};
        history.items << lead;
        if (hasCase) {
            const QString stage = leads->value(6).toString();
            history.items << HistoryItem{HistoryItem::Kind::Case,
                                         QDate::fromString(leads->value(7).toString().left(10), Qt::ISODate),
                                         leads->value(5).toString(),
                                         leads->value(2).toString(),
                                         stage,
                                         caseIsOpen(stage),
                                         false};
        }
    }
    auto found = sanctions.sanctionsOf(db, personId);
    if (!found.ok())
        return found.error();
    history.sanctions = found.value();
    for (const SanctionPeriod& sanction : history.sanctions)
        history.items << HistoryItem{sanction.organizationalMeasure ? HistoryItem::Kind::OrganizationalMeasure
                                                                    : HistoryItem::Kind::Sanction,
                                     sanction.effectiveOn,
                                     sanction.decisionNumber,
                                     sanction.term,
                                     sanction.effectEndsOn.toString(Qt::ISODate),
                                     false,
                                     false};
    std::stable_sort(history.items.begin(), history.items.end(),
                     [](const HistoryItem& a, const HistoryItem& b) { return a.date < b.date; });
    return history;
}

} // namespace qf::people
