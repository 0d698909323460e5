#pragma once

#include "CaseTab.h"
#include "decisions/CollectiveDecision.h"

class QTableWidget;
class QTextBrowser;

namespace qf::ui {

// The case's collective decisions, oldest first, superseded ones marked and kept; recording and superseding.
class CaseDecisionsTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseDecisionsTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    const decisions::CollectiveDecision* selected() const;
    void showDetails();
    void record(const decisions::CollectiveDecision* earlier);

    QList<decisions::CollectiveDecision> m_decisions;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QPushButton* m_recordButton;
    QPushButton* m_supersedeButton;
};

} // namespace qf::ui
