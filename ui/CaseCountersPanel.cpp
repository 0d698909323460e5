#include "CaseCountersPanel.h"

#include "CaseTerms.h"
#include "access/Session.h"
#include "cases/CaseService.h"
#include "cases/DeadlineService.h"
#include "workflow/CaseWorkflow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace qf::ui {

CaseCountersPanel::CaseCountersPanel(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_byStageLabel(new QLabel), m_chartView(new QChartView)
{
    setObjectName(QStringLiteral("caseCountersPanel"));
    auto* box = new QGroupBox(tr("Cases"));
    auto* grid = new QGridLayout;
    m_totalLabel = addFigure(grid, 0, tr("Cases"), QStringLiteral("caseTotalLabel"));
    m_overdueLabel = addFigure(grid, 1, tr("Overdue deadlines"), QStringLiteral("overdueDeadlinesLabel"));
    m_supervisedLabel = addFigure(grid, 2, tr("Supervised cases due"), QStringLiteral("supervisedDueLabel"));
    m_approvalsLabel = addFigure(grid, 3, tr("Pending approvals"), QStringLiteral("pendingApprovalsLabel"));
    m_byStageLabel->setObjectName(QStringLiteral("casesByStageLabel"));
    m_byStageLabel->setWordWrap(true);
    m_byStageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chartView->setObjectName(QStringLiteral("casesByStageChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus);

    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(grid);
    boxLayout->addWidget(m_byStageLabel);
    boxLayout->addWidget(m_chartView, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

QLabel* CaseCountersPanel::addFigure(QGridLayout* grid, int column, const QString& caption, const QString& objectName)
{
    auto* value = new QLabel(QStringLiteral("—"));
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignCenter);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    auto* label = new QLabel(caption);
    label->setObjectName(objectName.chopped(5) + QStringLiteral("CaptionLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setBuddy(value);
    grid->addWidget(value, 0, column);
    grid->addWidget(label, 1, column);
    return value;
}

void CaseCountersPanel::reload()
{
    if (m_session.isLocked())
        return;
    const QLocale locale;
    const auto figure = [&](QLabel* label, bool ok, int value, bool alert) {
        label->setText(ok ? locale.toString(value) : QStringLiteral("—"));
        label->setStyleSheet(ok && alert && value > 0 ? QStringLiteral("color:#b3261e;") : QString());
    };
    auto byStage = cases::CaseService(m_session).countByStage();
    int total = 0;
    QList<QPair<QString, int>> stages;
    if (byStage.ok()) {
        auto definition = workflow::CaseWorkflow::definition(m_session.database());
        QStringList parts;
        // In the workflow's order, every stage shown even when empty.
        if (definition.ok()) {
            for (const workflow::StageDefinition& stage : definition->stages()) {
                int count = 0;
                for (const auto& [id, n] : byStage.value())
                    if (id == stage.id)
                        count = n;
                stages.append({CaseTerms::stageLabel(definition.value(), stage.id), count});
            }
        } else {
            stages = byStage.value();
        }
        for (const auto& [label, count] : std::as_const(stages)) {
            total += count;
            parts << tr("%1: %2").arg(label, locale.toString(count));
        }
        m_byStageLabel->setText(parts.join(QStringLiteral("   ")));
    } else {
        m_byStageLabel->setText(byStage.message());
    }
    figure(m_totalLabel, byStage.ok(), total, false);
    auto overdue = cases::DeadlineService(m_session).overdue();
    figure(m_overdueLabel, overdue.ok(), overdue.ok() ? static_cast<int>(overdue->size()) : 0, true);
    auto supervised = cases::DeadlineService(m_session).supervisionsDue();
    figure(m_supervisedLabel, supervised.ok(), supervised.ok() ? static_cast<int>(supervised->size()) : 0, true);
    // Only approvers have an inbox; for everyone else the figure would always be empty.
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    m_approvalsLabel->setVisible(approver);
    if (QWidget* caption = findChild<QLabel*>(QStringLiteral("pendingApprovalsCaptionLabel")))
        caption->setVisible(approver);
    if (approver) {
        auto inbox = workflow::CaseWorkflow(m_session).inbox();
        figure(m_approvalsLabel, inbox.ok(), inbox.ok() ? static_cast<int>(inbox->size()) : 0, false);
    }
    showChart(stages);
}

void CaseCountersPanel::showChart(const QList<QPair<QString, int>>& byStage)
{
    auto* set = new QBarSet(tr("Cases"));
    set->setColor(QColor(0x1f, 0x5f, 0xa8));
    QStringList categories;
    int maximum = 0;
    for (const auto& [label, count] : byStage) {
        categories << label;
        *set << count;
        maximum = qMax(maximum, count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    // Whole-number ticks: counts are never fractional.
    const int step = qMax(1, (maximum + 4) / 5);
    const int top = step * ((maximum + step) / step);
    axisY->setRange(0, top);
    axisY->setTickCount(top / step + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void CaseCountersPanel::clear()
{
    for (QLabel* label : {m_totalLabel, m_overdueLabel, m_supervisedLabel, m_approvalsLabel})
        label->setText(QStringLiteral("—"));
    m_byStageLabel->clear();
    showChart({});
}

} // namespace qf::ui
