#pragma once

#include "leads/LeadFilter.h"
#include "leads/ReviewService.h"

#include <QTableWidget>

namespace qf::ui {

// The agenda of a review meeting: one row per lead due, with its disposition, reason, and the next review date (Hold)
// or the receiving agency and feedback due date (Forward). Rows left at "no decision" are not decided.
class AgendaTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SubjectsColumn,
        SummaryColumn,
        DispositionColumn,
        ReasonColumn,
        NextReviewColumn,
        AgencyColumn,
        FeedbackDueColumn,
        ColumnCount,
    };

    explicit AgendaTableWidget(QWidget* parent = nullptr);

    void setAgenda(const QList<leads::LeadRow>& rows, const QDate& heldOn);
    QList<leads::LeadDecision> decisions() const;
    // Sets a row's disposition (and reason) as if chosen with the keyboard; for tests and presets.
    void setDecision(int row, std::optional<leads::Disposition> disposition, const QString& reason);
    QString numberAt(int row) const;
    QString numberOf(const QString& leadUid) const;

Q_SIGNALS:
    void decisionsChanged();

private:
    void updateRow(int row);

    QList<leads::LeadRow> m_rows;
};

} // namespace qf::ui
