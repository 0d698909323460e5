#pragma once

#include "CaseTab.h"

class QLabel;
class QTableWidget;

namespace qf::ui {

// What the case is (title, number, lead, level, stage, supervising leader) and its timeline of audited events.
class CaseOverviewTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseOverviewTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

    static QString eventName(const QString& action);

private:
    QLabel* m_titleLabel;
    QLabel* m_numberLabel;
    QLabel* m_leadLabel;
    QLabel* m_levelLabel;
    QLabel* m_stageLabel;
    QLabel* m_leaderLabel;
    QLabel* m_openedLabel;
    QTableWidget* m_timeline;
};

} // namespace qf::ui
