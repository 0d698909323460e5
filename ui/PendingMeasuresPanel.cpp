#include "PendingMeasuresPanel.h"

#include "AuditTableModel.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "MeasureValidityDialog.h"
#include "RecordTable.h"
#include "cases/MeasureService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

PendingMeasuresPanel::PendingMeasuresPanel(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(0, 7)),
      m_approveButton(new QPushButton(tr("Approve &measure…"))),
      m_refuseButton(new QPushButton(tr("Refuse m&easure…"))), m_openButton(new QPushButton(tr("Open &its case")))
{
    setObjectName(QStringLiteral("pendingMeasuresPanel"));
    m_approveButton->setObjectName(QStringLiteral("approveMeasureButton"));
    m_refuseButton->setObjectName(QStringLiteral("refuseMeasureButton"));
    m_openButton->setObjectName(QStringLiteral("openMeasureCaseButton"));
    m_table->setObjectName(QStringLiteral("pendingMeasuresTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Measure"), tr("Target"), tr("Requested by"),
                                        tr("Requested at"), tr("Basis"), tr("Justification")});
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths{170, 110, 110, 100, 140, 160}; // the Measure column is wide enough for 审查调查措施
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_refuseButton);
    buttons->addWidget(m_openButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_approveButton, &QPushButton::clicked, this, &PendingMeasuresPanel::approve);
    connect(m_refuseButton, &QPushButton::clicked, this, &PendingMeasuresPanel::refuse);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const cases::PendingMeasure* m = selected())
            Q_EMIT openCaseRequested(m->caseUid);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PendingMeasuresPanel::updateButtons);
    updateButtons();
}

void PendingMeasuresPanel::reload()
{
    auto pending = cases::CaseRecords(m_session).pendingMeasures();
    m_measures = pending.ok() ? pending.value() : QList<cases::PendingMeasure>{};
    m_table->setRowCount(static_cast<int>(m_measures.size()));
    for (int row = 0; row < m_measures.size(); ++row) {
        const cases::PendingMeasure& m = m_measures.at(row);
        const QStringList cells{
            m.caseNumber, m.kindLabel,    m.target, m.requestedBy, AuditTableModel::displayTime(m.requestedAt),
            m.basis,      m.justification};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 0 ? m.caseTitle : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    if (!m_measures.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void PendingMeasuresPanel::clear()
{
    m_measures.clear();
    m_table->setRowCount(0);
    updateButtons();
}

const cases::PendingMeasure* PendingMeasuresPanel::selected() const
{
    return selectedRecord(m_table, m_measures);
}

void PendingMeasuresPanel::updateButtons()
{
    const bool any = selected() != nullptr;
    for (QPushButton* button : {m_approveButton, m_refuseButton, m_openButton})
        button->setEnabled(any);
}

void PendingMeasuresPanel::approve()
{
    const cases::PendingMeasure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    MeasureValidityDialog dialog(tr("%1 — %2: %3").arg(m->caseNumber, m->kindLabel, m->target), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = cases::MeasureService(m_session).approve(uid, dialog.validFrom(), dialog.validUntil());
    if (!status.ok())
        ErrorMessages::show(this, tr("Approve the measure"), status.error());
    reload();
}

void PendingMeasuresPanel::refuse()
{
    const cases::PendingMeasure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    const auto reason = FormDialog::askText(this, tr("Refuse the measure — %1").arg(m->caseNumber), tr("Reason:"), true,
                                            QStringLiteral("refuseReasonEdit"));
    if (!reason)
        return;
    const Status status = cases::MeasureService(m_session).refuse(uid, *reason);
    if (!status.ok())
        ErrorMessages::show(this, tr("Refuse the measure"), status.error());
    reload();
}

} // namespace qf::ui
