#pragma once

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The dashboard's case figures: cases by stage (with a bar chart), overdue stage deadlines, supervised cases due
// and the approvals waiting for this user.
class CaseCountersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseCountersPanel(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();

private:
    QLabel* addFigure(QGridLayout* grid, int column, const QString& caption, const QString& objectName);
    void showChart(const QList<QPair<QString, int>>& byStage);

    access::Session& m_session;
    QLabel* m_totalLabel = nullptr;
    QLabel* m_overdueLabel = nullptr;
    QLabel* m_supervisedLabel = nullptr;
    QLabel* m_approvalsLabel = nullptr;
    QLabel* m_byStageLabel;
    QChartView* m_chartView;
};

} // namespace qf::ui
