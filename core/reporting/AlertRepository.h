#pragma once

#include "common/Result.h"
#include "reporting/Alert.h"

#include <QSqlDatabase>

namespace qf::reporting {

// The only place with SQL for alerts. Each read returns alerts due on or before the query's horizon, for records
// the user may see; the caller sets the source's title.
class AlertRepository
{
public:
    explicit AlertRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Open stage deadlines, by the date that counts (extended or not).
    Result<QList<Alert>> stageDeadlines(const AlertQuery& query) const;
    // Supervised cases: the supervision's own due date (what = the supervising level).
    Result<QList<Alert>> supervisionDue(const AlertQuery& query) const;
    // Supervised cases: the next progress report, due a set number of days after the last one.
    Result<QList<Alert>> supervisionReports(const AlertQuery& query) const;
    // Transfers sent out whose feedback has not come back.
    Result<QList<Alert>> transferFeedback(const AlertQuery& query) const;
    // Appeals lodged and not yet decided: first appeals (首诉必办) or later ones (what = the appellant).
    Result<QList<Alert>> appeals(const AlertQuery& query, bool firstAppeals) const;
    // Follow-up tasks of leads not yet done.
    Result<QList<Alert>> followUps(const AlertQuery& query) const;

private:
    Result<QList<Alert>> read(const QString& source, RecordKind kind, const QString& sql,
                              const QVariantList& values) const;
    // `sql` selects the uid, number, what and due date of cases (aliased c) or leads (aliased l) due by the horizon,
    // its placeholders bound to `values`; this adds the user's visibility condition, the order and the limit.
    Result<QList<Alert>> readVisible(const QString& source, RecordKind kind, const AlertQuery& query, QString sql,
                                     QVariantList values) const;
    QSqlDatabase m_db;
};

} // namespace qf::reporting
