#pragma once

#include "common/Result.h"
#include "reporting/Statistics.h"

#include <QSqlDatabase>
#include <QStringList>

namespace qf::reporting {

// One group of a grouped count: its key columns and its counts.
struct GroupCount
{
    QStringList keys;
    QList<qint64> counts;
};

// Which cases a case figure stands for.
struct CaseSelection
{
    enum class By
    {
        Stage,            // created in the range, now at `value`
        Transition,       // moved into stage `value` in the month `month` (or the whole range when empty)
        Deadline,         // with a deadline of kind `value` starting in the range
        OverdueDeadline,  // the same, and that deadline was or is overdue
        LeadInvestigator, // created in the range, `value` (a login) as lead investigator
        Member,           // created in the range, `value` as team member
        OpenWorkload,     // created in the range, `value` on the team, not closed or archived
        Office,           // created in the range, led from office `value` (empty: from no office)
        OfficeOpen,       // the same, not closed or archived
        OfficeClosed,     // the same, closed or archived
    };
    By by = By::Stage;
    QString value;
    QString month; // yyyy-MM
};

// The only place with SQL for statistics: read-only grouped counts over reports, leads and cases, and the
// records behind each figure.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // (channel, month) -> reports received.
    Result<QList<GroupCount>> reportsByChannelAndMonth(const DateRange& range) const;
    // (source, sector, disposition, month) -> leads registered.
    Result<QList<GroupCount>> leadsByAttributes(const DateRange& range) const;
    // (stage) -> cases created in the range.
    Result<QList<GroupCount>> casesByStage(const DateRange& range) const;
    // (to stage, month) -> approved transitions into the filed and closed stages.
    Result<QList<GroupCount>> filedAndClosedByMonth(const DateRange& range) const;
    // (kind) -> deadlines starting in the range, and how many of them were or are overdue.
    Result<QList<GroupCount>> deadlinesByKind(const DateRange& range, const QDate& today) const;
    // (login, display name) -> cases as lead investigator, as member, and still open.
    Result<QList<GroupCount>> workloadPerInvestigator(const DateRange& range) const;
    // (office code, empty for none) -> cases created in the range, still open, closed. A case is led from the office
    // of its first lead investigator.
    Result<QList<GroupCount>> workloadPerOffice(const DateRange& range) const;

    // Records behind a figure; `field` is channel/source/sector/disposition, `month` narrows to one month.
    Result<QList<RecordRef>> reports(const DateRange& range, const QString& channel, const QString& month,
                                     int limit) const;
    Result<QList<RecordRef>> leads(const DateRange& range, const QString& field, const QString& value,
                                   const QString& month, const access::RecordVisibility& visibility, int limit) const;
    Result<QList<RecordRef>> cases(const DateRange& range, const CaseSelection& selection, const QDate& today,
                                   const access::RecordVisibility& visibility, int limit) const;

private:
    Result<QList<GroupCount>> grouped(const QString& sql, const QVariantList& values, int keyColumns) const;
    QSqlDatabase m_db;
};

} // namespace qf::reporting
