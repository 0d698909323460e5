#include "AgendaTableWidget.h"

#include "CaseTerms.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>

namespace qf::ui {

AgendaTableWidget::AgendaTableWidget(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("agendaTableWidget"));
    setHorizontalHeaderLabels({tr("Number"), tr("Subjects"), tr("Summary"), tr("Disposition"), tr("Reason"),
                               tr("Next review"), tr("Agency"), tr("Feedback due")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    // Tab walks the editors in the rows, not the cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    setColumnWidth(NumberColumn, 170);
    setColumnWidth(SubjectsColumn, 90);
    setColumnWidth(DispositionColumn, 130);
    setColumnWidth(ReasonColumn, 180);
    setColumnWidth(NextReviewColumn, 110);
    setColumnWidth(AgencyColumn, 130);
    setColumnWidth(FeedbackDueColumn, 110);
}

void AgendaTableWidget::setAgenda(const QList<leads::LeadRow>& rows, const QDate& heldOn)
{
    m_rows = rows;
    setRowCount(0);
    setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const leads::LeadRow& lead = rows.at(row);
        setItem(row, NumberColumn, new QTableWidgetItem(lead.number));
        setItem(row, SubjectsColumn, new QTableWidgetItem(lead.subjects));
        auto* summary = new QTableWidgetItem(lead.summary.simplified());
        summary->setToolTip(lead.summary);
        setItem(row, SummaryColumn, summary);

        auto* disposition = new QComboBox;
        disposition->setObjectName(QStringLiteral("dispositionComboBox"));
        disposition->setAccessibleName(tr("Disposition of %1").arg(lead.number));
        disposition->addItem(tr("(no decision)"), QString());
        for (leads::Disposition kind : leads::allDispositions())
            disposition->addItem(leads::dispositionDisplayName(kind), leads::dispositionKey(kind));
        auto* reason = new QLineEdit;
        reason->setObjectName(QStringLiteral("reasonLineEdit"));
        reason->setAccessibleName(tr("Reason for %1").arg(lead.number));
        auto* nextReview = new QDateEdit(heldOn.addMonths(3));
        nextReview->setObjectName(QStringLiteral("nextReviewDateEdit"));
        nextReview->setCalendarPopup(true);
        nextReview->setDisplayFormat(CaseTerms::kDateFormat);
        auto* agency = new QLineEdit;
        agency->setObjectName(QStringLiteral("agencyLineEdit"));
        agency->setAccessibleName(tr("Receiving agency for %1").arg(lead.number));
        auto* due = new QDateEdit(heldOn.addDays(30));
        due->setObjectName(QStringLiteral("feedbackDueDateEdit"));
        due->setCalendarPopup(true);
        due->setDisplayFormat(CaseTerms::kDateFormat);
        setCellWidget(row, DispositionColumn, disposition);
        setCellWidget(row, ReasonColumn, reason);
        setCellWidget(row, NextReviewColumn, nextReview);
        setCellWidget(row, AgencyColumn, agency);
        setCellWidget(row, FeedbackDueColumn, due);
        connect(disposition, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            Q_EMIT decisionsChanged();
        });
        connect(reason, &QLineEdit::textChanged, this, &AgendaTableWidget::decisionsChanged);
        connect(agency, &QLineEdit::textChanged, this, &AgendaTableWidget::decisionsChanged);
        updateRow(row);
    }
}

void AgendaTableWidget::updateRow(int row)
{
    auto* combo = qobject_cast<QComboBox*>(cellWidget(row, DispositionColumn));
    if (!combo)
        return;
    const auto kind = leads::dispositionFromKey(combo->currentData().toString());
    cellWidget(row, ReasonColumn)->setEnabled(kind.has_value());
    cellWidget(row, NextReviewColumn)->setEnabled(kind == leads::Disposition::Hold);
    cellWidget(row, AgencyColumn)->setEnabled(kind == leads::Disposition::Forward);
    cellWidget(row, FeedbackDueColumn)->setEnabled(kind == leads::Disposition::Forward);
}

void AgendaTableWidget::setDecision(int row, std::optional<leads::Disposition> disposition, const QString& reason)
{
    auto* combo = qobject_cast<QComboBox*>(cellWidget(row, DispositionColumn));
    auto* edit = qobject_cast<QLineEdit*>(cellWidget(row, ReasonColumn));
    if (!combo || !edit)
        return;
    combo->setCurrentIndex(qMax(0, combo->findData(disposition ? leads::dispositionKey(*disposition) : QString())));
    edit->setText(reason);
}

QString AgendaTableWidget::numberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : QString();
}

QString AgendaTableWidget::numberOf(const QString& leadUid) const
{
    for (const leads::LeadRow& row : m_rows)
        if (row.uid == leadUid)
            return row.number;
    return {};
}

QList<leads::LeadDecision> AgendaTableWidget::decisions() const
{
    QList<leads::LeadDecision> result;
    for (int row = 0; row < m_rows.size(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(cellWidget(row, DispositionColumn));
        const auto kind = combo ? leads::dispositionFromKey(combo->currentData().toString()) : std::nullopt;
        if (!kind)
            continue;
        leads::LeadDecision decision;
        decision.leadUid = m_rows.at(row).uid;
        decision.disposition = *kind;
        decision.reason = qobject_cast<QLineEdit*>(cellWidget(row, ReasonColumn))->text().trimmed();
        if (*kind == leads::Disposition::Hold)
            decision.nextReviewDate = qobject_cast<QDateEdit*>(cellWidget(row, NextReviewColumn))->date();
        if (*kind == leads::Disposition::Forward) {
            decision.forward.agency = qobject_cast<QLineEdit*>(cellWidget(row, AgencyColumn))->text().trimmed();
            decision.forward.feedbackDue = qobject_cast<QDateEdit*>(cellWidget(row, FeedbackDueColumn))->date();
        }
        result << decision;
    }
    return result;
}

} // namespace qf::ui
