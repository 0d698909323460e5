#include "CaseDecisionsTab.h"

#include "AuditTableModel.h"
#include "CaseTerms.h"
#include "DecisionDialog.h"
#include "access/Session.h"
#include "decisions/DecisionService.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf::ui {

CaseDecisionsTab::CaseDecisionsTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_table(makeTable({tr("Held on"), tr("Meeting"), tr("Present / quorum"),
                                                   tr("Signed by"), tr("State"), tr("Conclusion")},
                                                  QStringLiteral("decisionsTableWidget"))),
      m_details(new QTextBrowser),
      m_recordButton(makeButton(tr("Re&cord decision…"), QStringLiteral("recordDecisionButton"))),
      m_supersedeButton(makeButton(tr("&Supersede…"), QStringLiteral("supersedeDecisionButton")))
{
    setObjectName(QStringLiteral("caseDecisionsTab"));
    m_details->setObjectName(QStringLiteral("decisionDetailsTextBrowser"));
    m_table->setColumnWidth(0, 100);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 110);
    m_table->setColumnWidth(3, 100);
    m_table->setColumnWidth(4, 150);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_supersedeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseDecisionsTab::showDetails);
    connect(m_recordButton, &QPushButton::clicked, this, [this] { record(nullptr); });
    connect(m_supersedeButton, &QPushButton::clicked, this, [this] {
        if (const decisions::CollectiveDecision* d = selected())
            record(d);
    });
}

void CaseDecisionsTab::reload()
{
    const QString keep = selectedKey(m_table);
    m_table->setRowCount(0);
    auto history = decisions::DecisionService(m_session).history(m_case.uid);
    m_decisions = history.ok() ? history.value() : QList<decisions::CollectiveDecision>{};
    m_table->setRowCount(static_cast<int>(m_decisions.size()));
    for (int row = 0; row < m_decisions.size(); ++row) {
        const decisions::CollectiveDecision& d = m_decisions.at(row);
        const bool superseded = !d.supersededByUid.isEmpty();
        setRow(m_table, row,
               {CaseTerms::date(d.heldOn), CaseTerms::meetingTypeName(d.meetingType),
                tr("%1 / %2").arg(d.present).arg(d.quorum), d.signedBy, superseded ? tr("Superseded") : tr("In force"),
                d.conclusion},
               d.uid);
        if (superseded) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                QTableWidgetItem* item = m_table->item(row, column);
                QFont font = item->font();
                font.setStrikeOut(column != 4);
                item->setFont(font);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
        if (d.uid == keep)
            m_table->selectRow(row);
    }
    if (m_table->selectedItems().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    m_recordButton->setEnabled(approver);
    showDetails();
}

const decisions::CollectiveDecision* CaseDecisionsTab::selected() const
{
    const QString uid = selectedKey(m_table);
    for (const decisions::CollectiveDecision& d : m_decisions)
        if (d.uid == uid)
            return &d;
    return nullptr;
}

void CaseDecisionsTab::showDetails()
{
    const decisions::CollectiveDecision* d = selected();
    m_supersedeButton->setEnabled(d && d->supersededByUid.isEmpty() && m_session.can(access::Permission::ApproveSteps));
    if (!d) {
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select a decision to see its members, opinions and items.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(CaseTerms::meetingTypeName(d->meetingType).toHtmlEscaped(), CaseTerms::date(d->heldOn));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Signed by %1 at %2").arg(d->signedBy, AuditTableModel::displayTime(d->signedAt)).toHtmlEscaped());
    if (!d->supersededByUid.isEmpty())
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>")
                    .arg(tr("Superseded by a later decision; kept for the record.").toHtmlEscaped());
    if (!d->supersedesUid.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Supersedes an earlier decision.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Conclusion:").toHtmlEscaped(), d->conclusion.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Items decided:").toHtmlEscaped());
    for (const QString& item : d->decidedItems)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p><table cellpadding='3'>").arg(tr("Members:").toHtmlEscaped());
    for (const leads::Attendee& member : d->members) {
        QString state = member.present ? tr("present") : tr("absent");
        if (member.dissent)
            state += tr(", dissent");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td%3>%4</td></tr>")
                    .arg(member.name.toHtmlEscaped(), state.toHtmlEscaped(),
                         member.dissent ? QStringLiteral(" style='color:#b3261e'") : QString(),
                         member.opinion.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void CaseDecisionsTab::record(const decisions::CollectiveDecision* earlier)
{
    DecisionDialog dialog(m_session, m_case.uid, this);
    if (earlier)
        dialog.supersede(*earlier);
    else
        for (int i = 0; i < 5; ++i)
            dialog.addMember({});
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace qf::ui
