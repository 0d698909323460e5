#include "CaseDeadlinesTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"
#include "cases/DeadlineService.h"
#include "workflow/CaseWorkflow.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

void markRow(QTableWidget* table, int row)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        if (QTableWidgetItem* item = table->item(row, column)) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

QGroupBox* box(const QString& title, QWidget* table, const QList<QPushButton*>& buttons)
{
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(table);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : buttons)
        row->addWidget(button);
    row->addStretch();
    layout->addLayout(row);
    return group;
}

} // namespace

CaseDeadlinesTab::CaseDeadlinesTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent),
      m_deadlines(makeTable({tr("Stage"), tr("Starts"), tr("Due"), tr("Extended by"), tr("May extend by"), tr("State")},
                            QStringLiteral("deadlinesTableWidget"))),
      m_extensions(makeTable({tr("Months"), tr("Requested by"), tr("Status"), tr("Reason")},
                             QStringLiteral("extensionsTableWidget"))),
      m_supervisions(makeTable({tr("Level"), tr("Started"), tr("Due"), tr("Report every"), tr("Reports"),
                                tr("Last report"), tr("Requirements")},
                               QStringLiteral("supervisionsTableWidget"))),
      m_extendButton(makeButton(tr("Request &extension…"), QStringLiteral("requestExtensionButton"))),
      m_approveButton(makeButton(tr("&Approve extension"), QStringLiteral("approveExtensionButton"))),
      m_refuseButton(makeButton(tr("Ref&use extension"), QStringLiteral("refuseExtensionButton"))),
      m_superviseButton(makeButton(tr("&Start supervision…"), QStringLiteral("startSupervisionButton"))),
      m_progressButton(makeButton(tr("Report &progress…"), QStringLiteral("reportProgressButton")))
{
    setObjectName(QStringLiteral("caseDeadlinesTab"));
    for (int column = 0; column < 5; ++column)
        m_deadlines->setColumnWidth(column, 130);
    for (int column = 0; column < 6; ++column)
        m_supervisions->setColumnWidth(column, 110);
    m_extensions->setColumnWidth(1, 130);
    m_extensions->setColumnWidth(2, 110);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box(tr("Open deadlines"), m_deadlines, {m_extendButton}), 1);
    layout->addWidget(box(tr("Extension requests"), m_extensions, {m_approveButton, m_refuseButton}), 1);
    layout->addWidget(box(tr("Supervision (挂牌督办)"), m_supervisions, {m_superviseButton, m_progressButton}), 1);

    connect(m_extendButton, &QPushButton::clicked, this, &CaseDeadlinesTab::requestExtension);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decideExtension(true); });
    connect(m_refuseButton, &QPushButton::clicked, this, [this] { decideExtension(false); });
    connect(m_superviseButton, &QPushButton::clicked, this, &CaseDeadlinesTab::startSupervision);
    connect(m_progressButton, &QPushButton::clicked, this, &CaseDeadlinesTab::reportProgress);
    for (QTableWidget* table : {m_deadlines, m_extensions, m_supervisions})
        connect(table, &QTableWidget::itemSelectionChanged, this, &CaseDeadlinesTab::updateButtons);
}

void CaseDeadlinesTab::reload()
{
    auto definition = workflow::CaseWorkflow::definition(m_session.database());
    m_deadlines->setRowCount(0);
    if (auto deadlines = cases::DeadlineService(m_session).openDeadlines(m_case.uid); deadlines.ok()) {
        m_deadlines->setRowCount(static_cast<int>(deadlines->size()));
        for (int row = 0; row < deadlines->size(); ++row) {
            const cases::Deadline& d = deadlines->at(row);
            setRow(m_deadlines, row,
                   {definition.ok() ? CaseTerms::stageLabel(definition.value(), d.kind) : d.kind,
                    CaseTerms::date(d.startsOn), CaseTerms::date(d.dueOn), tr("%n month(s)", nullptr, d.extendedMonths),
                    tr("%n month(s)", nullptr, d.extendableMonths), d.overdue ? tr("Overdue") : tr("Running")},
                   d.uid);
            if (d.overdue)
                markRow(m_deadlines, row);
        }
        if (m_deadlines->rowCount() == 1)
            m_deadlines->selectRow(0);
    }
    m_extensions->setRowCount(0);
    if (auto extensions = cases::CaseRecords(m_session).extensions(m_case.uid); extensions.ok()) {
        m_extensions->setRowCount(static_cast<int>(extensions->size()));
        for (int row = 0; row < extensions->size(); ++row) {
            const cases::ExtensionRecord& e = extensions->at(row);
            setRow(m_extensions, row,
                   {QString::number(e.months), e.requestedBy, CaseTerms::requestStatusName(e.status), e.reason},
                   e.status == QLatin1String("pending") ? e.uid : QString());
        }
    }
    m_supervisions->setRowCount(0);
    if (auto supervisions = cases::CaseRecords(m_session).supervisions(m_case.uid); supervisions.ok()) {
        m_supervisions->setRowCount(static_cast<int>(supervisions->size()));
        for (int row = 0; row < supervisions->size(); ++row) {
            const cases::SupervisionRecord& s = supervisions->at(row);
            setRow(m_supervisions, row,
                   {s.level, CaseTerms::date(s.startedOn), CaseTerms::date(s.dueOn),
                    tr("%n day(s)", nullptr, s.reportEveryDays), QString::number(s.reports),
                    CaseTerms::date(s.lastReportOn), s.requirements},
                   s.uid);
            if (s.escalated || (s.dueOn.isValid() && s.dueOn < QDate::currentDate()))
                markRow(m_supervisions, row);
        }
        if (m_supervisions->rowCount() == 1)
            m_supervisions->selectRow(0);
    }
    updateButtons();
}

void CaseDeadlinesTab::updateButtons()
{
    const bool manager = m_session.can(access::Permission::ManageCases);
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    m_extendButton->setEnabled(manager && !selectedKey(m_deadlines).isEmpty());
    const bool pending = !selectedKey(m_extensions).isEmpty();
    m_approveButton->setEnabled(approver && pending);
    m_refuseButton->setEnabled(approver && pending);
    m_superviseButton->setEnabled(approver);
    m_progressButton->setEnabled(manager && !selectedKey(m_supervisions).isEmpty());
}

void CaseDeadlinesTab::requestExtension()
{
    const QString uid = selectedKey(m_deadlines);
    if (uid.isEmpty())
        return;
    FormDialog dialog(tr("Request an extension"), this);
    QSpinBox* months = dialog.addSpin(tr("Months:"), QStringLiteral("extensionMonthsSpinBox"), 1, 12, 1);
    QPlainTextEdit* reason = dialog.addText(tr("Reason:"), QStringLiteral("extensionReasonEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto made =
        cases::DeadlineService(m_session).requestExtension(uid, months->value(), reason->toPlainText().trimmed());
    finish(made.ok() ? Status() : Status(made.error()), tr("Request an extension"));
}

void CaseDeadlinesTab::decideExtension(bool approve)
{
    const QString uid = selectedKey(m_extensions);
    if (!uid.isEmpty())
        finish(cases::DeadlineService(m_session).decideExtension(uid, approve), tr("Extension"));
}

void CaseDeadlinesTab::startSupervision()
{
    FormDialog dialog(tr("Start supervision"), this);
    QLineEdit* level = dialog.addLine(tr("Supervising level:"), QStringLiteral("supervisionLevelEdit"), true);
    QPlainTextEdit* requirements = dialog.addText(tr("Requirements:"), QStringLiteral("requirementsEdit"));
    QDateEdit* due =
        dialog.addDate(tr("Due on:"), QStringLiteral("supervisionDueDateEdit"), QDate::currentDate().addMonths(3));
    QSpinBox* every = dialog.addSpin(tr("Report every (days):"), QStringLiteral("reportEverySpinBox"), 1, 365, 30);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto made = cases::DeadlineService(m_session).startSupervision(
        m_case.uid, level->text().trimmed(), requirements->toPlainText().trimmed(), due->date(), every->value());
    finish(made.ok() ? Status() : Status(made.error()), tr("Start supervision"));
}

void CaseDeadlinesTab::reportProgress()
{
    const QString uid = selectedKey(m_supervisions);
    if (uid.isEmpty())
        return;
    FormDialog dialog(tr("Report progress"), this);
    QDateEdit* on = dialog.addDate(tr("Reported on:"), QStringLiteral("reportedOnDateEdit"), QDate::currentDate());
    QPlainTextEdit* progress = dialog.addText(tr("Progress:"), QStringLiteral("progressEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::DeadlineService(m_session).reportProgress(uid, on->date(), progress->toPlainText().trimmed()),
           tr("Report progress"));
}

} // namespace qf::ui
