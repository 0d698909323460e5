#include "CaseSanctionsTab.h"

#include "CaseLetterExport.h"
#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"
#include "cases/ReviewService.h"
#include "sanctions/SanctionDocuments.h"
#include "sanctions/SanctionService.h"

#include <QBrush>
#include <QComboBox>
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

using sanctions::SanctionKind;

QString versionState(const sanctions::SanctionRecord& record)
{
    if (record.revoked)
        return CaseSanctionsTab::tr("Revoked on appeal");
    if (!record.current)
        return CaseSanctionsTab::tr("Replaced");
    return record.supersedesUid.isEmpty() ? CaseSanctionsTab::tr("In force")
                                          : CaseSanctionsTab::tr("Changed on appeal");
}

QString sanctionName(SanctionKind kind, int probationYears)
{
    const QString name = sanctions::sanctionDisplayName(kind);
    return kind == SanctionKind::PartyProbation
               ? CaseSanctionsTab::tr("%1 (%n year(s))", nullptr, probationYears).arg(name)
               : name;
}

void fillKinds(QComboBox* combo)
{
    for (SanctionKind kind : sanctions::allSanctionKinds())
        combo->addItem(sanctions::categoryDisplayName(sanctions::categoryOf(kind)) + QStringLiteral(" — ") +
                           sanctions::sanctionDisplayName(kind),
                       sanctions::sanctionKey(kind));
}

} // namespace

CaseSanctionsTab::CaseSanctionsTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent),
      m_sanctions(makeTable({tr("Person"), tr("Sanction"), tr("Decision number"), tr("Effective"),
                             tr("Affects promotion until"), tr("Executing unit"), tr("State"), tr("Grounds")},
                            QStringLiteral("sanctionsTableWidget"))),
      m_decideButton(makeButton(tr("Record &sanction…"), QStringLiteral("recordSanctionButton"))),
      m_appealButton(makeButton(tr("&Apply appeal outcome…"), QStringLiteral("applyAppealButton"))),
      m_printDecisionButton(makeButton(tr("Pr&int decision…"), QStringLiteral("printDecisionButton"))),
      m_steps(makeTable({tr("Person"), tr("Sanction"), tr("Step"), tr("Due"), tr("Done"), tr("Feedback")},
                        QStringLiteral("executionTableWidget"))),
      m_executionButton(makeButton(tr("Record execution feedbac&k…"), QStringLiteral("recordExecutionButton"))),
      m_feedbackFormButton(makeButton(tr("Print feed&back form…"), QStringLiteral("printFeedbackFormButton"))),
      m_reminderButton(makeButton(tr("Print reminder to the executing &unit…"), QStringLiteral("printReminderButton")))
{
    setObjectName(QStringLiteral("caseSanctionsTab"));
    m_sanctions->setColumnWidth(0, 90);
    m_sanctions->setColumnWidth(1, 150);
    m_sanctions->setColumnWidth(2, 150);
    m_sanctions->setColumnWidth(3, 100);
    m_sanctions->setColumnWidth(4, 180);
    m_sanctions->setColumnWidth(5, 150);
    m_sanctions->setColumnWidth(6, 120);
    m_steps->setColumnWidth(0, 90);
    m_steps->setColumnWidth(1, 150);
    m_steps->setColumnWidth(2, 150);
    m_steps->setColumnWidth(3, 100);
    m_steps->setColumnWidth(4, 100);

    auto* sanctionsBox = new QGroupBox(tr("Sanctions and organizational measures"));
    sanctionsBox->setObjectName(QStringLiteral("sanctionsGroupBox"));
    auto* sanctionsLayout = new QVBoxLayout(sanctionsBox);
    sanctionsLayout->addWidget(m_sanctions);
    auto* sanctionButtons = new QHBoxLayout;
    sanctionButtons->addWidget(m_decideButton);
    sanctionButtons->addWidget(m_appealButton);
    sanctionButtons->addWidget(m_printDecisionButton);
    sanctionButtons->addStretch();
    sanctionsLayout->addLayout(sanctionButtons);

    auto* executionBox = new QGroupBox(tr("Execution"));
    executionBox->setObjectName(QStringLiteral("executionGroupBox"));
    auto* executionLayout = new QVBoxLayout(executionBox);
    executionLayout->addWidget(m_steps);
    auto* executionButtons = new QHBoxLayout;
    executionButtons->addWidget(m_executionButton);
    executionButtons->addWidget(m_feedbackFormButton);
    executionButtons->addWidget(m_reminderButton);
    executionButtons->addStretch();
    executionLayout->addLayout(executionButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sanctionsBox, 1);
    layout->addWidget(executionBox, 1);

    connect(m_decideButton, &QPushButton::clicked, this, &CaseSanctionsTab::recordSanction);
    connect(m_appealButton, &QPushButton::clicked, this, &CaseSanctionsTab::applyAppeal);
    connect(m_printDecisionButton, &QPushButton::clicked, this, [this] {
        exportCaseLetter(this, m_session, sanctions::SanctionDocuments(m_session).decision(selectedKey(m_sanctions)),
                         tr("Sanction decision"));
    });
    connect(m_executionButton, &QPushButton::clicked, this, &CaseSanctionsTab::recordExecution);
    connect(m_feedbackFormButton, &QPushButton::clicked, this, [this] {
        const QString sanctionUid = selectedStepSanction();
        exportCaseLetter(this, m_session, sanctions::SanctionDocuments(m_session).executionFeedback(sanctionUid),
                         tr("Execution feedback"));
    });
    connect(m_reminderButton, &QPushButton::clicked, this, [this] {
        const QString sanctionUid = selectedStepSanction();
        const QDate today = QDate::currentDate();
        exportCaseLetter(
            this, m_session,
            sanctions::SanctionDocuments(m_session).executionReminder(sanctionUid, today, today.addDays(15)),
            tr("Execution reminder"));
    });
    connect(m_sanctions, &QTableWidget::itemSelectionChanged, this, &CaseSanctionsTab::updateButtons);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &CaseSanctionsTab::updateButtons);
}

void CaseSanctionsTab::reload()
{
    sanctions::SanctionService service(m_session);
    QHash<QString, QPair<QString, QString>> named; // sanction uid → person, sanction
    m_sanctions->setRowCount(0);
    if (auto records = service.sanctionsOf(m_case.uid); records.ok()) {
        m_sanctions->setRowCount(static_cast<int>(records->size()));
        for (int row = 0; row < records->size(); ++row) {
            const sanctions::SanctionRecord& r = records->at(row);
            const QString name = sanctionName(r.kind, r.probationYears);
            if (r.current && !r.revoked) // steps of replaced or revoked versions no longer need doing
                named.insert(r.uid, {r.personName, name});
            setRow(m_sanctions, row,
                   {r.personName, name, r.decisionNumber, CaseTerms::date(r.effectiveOn),
                    r.revoked || r.promotionMonths == 0 ? QString() : CaseTerms::date(r.affectsUntil), r.executingUnit,
                    versionState(r), r.reason},
                   r.uid);
            if (!r.current)
                for (int column = 0; column < m_sanctions->columnCount(); ++column)
                    m_sanctions->item(row, column)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_steps->setRowCount(0);
    if (auto steps = service.executionOf(m_case.uid); steps.ok()) {
        const QDate today = QDate::currentDate();
        int row = 0;
        for (const sanctions::ExecutionStep& step : steps.value()) {
            if (!named.contains(step.sanctionUid))
                continue;
            m_steps->setRowCount(row + 1);
            const auto [person, sanction] = named.value(step.sanctionUid);
            setRow(m_steps, row,
                   {person, sanction, sanctions::executionStepDisplayName(step.kind), CaseTerms::date(step.dueOn),
                    step.doneOn.isValid() ? CaseTerms::date(step.doneOn) : QString(), step.feedback},
                   step.uid);
            m_steps->item(row, 1)->setData(Qt::UserRole, step.sanctionUid);
            if (!step.doneOn.isValid() && step.dueOn < today)
                m_steps->item(row, 3)->setForeground(QBrush(Qt::red));
            ++row;
        }
    }
    updateButtons();
}

QString CaseSanctionsTab::selectedStepSanction() const
{
    if (selectedKey(m_steps).isEmpty())
        return {};
    const QTableWidgetItem* item = m_steps->item(m_steps->currentRow(), 1);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CaseSanctionsTab::updateButtons()
{
    const bool reviewer = m_session.can(access::Permission::ReviewCases);
    const bool worker = m_session.can(access::Permission::ManageCases);
    const bool sanctionChosen = !selectedKey(m_sanctions).isEmpty();
    const bool stepChosen = !selectedKey(m_steps).isEmpty();
    m_decideButton->setEnabled(reviewer);
    m_appealButton->setEnabled(reviewer && sanctionChosen);
    m_printDecisionButton->setEnabled(sanctionChosen);
    m_executionButton->setEnabled(worker && stepChosen);
    m_feedbackFormButton->setEnabled(stepChosen);
    m_reminderButton->setEnabled(stepChosen);
}

void CaseSanctionsTab::recordSanction()
{
    auto subjects = sanctions::SanctionService(m_session).subjectsOf(m_case.uid);
    if (!subjects.ok()) {
        showFailure(subjects.error(), tr("Record sanction"));
        return;
    }
    FormDialog dialog(tr("Record sanction"), this);
    QComboBox* person = dialog.addCombo(tr("Person:"), QStringLiteral("sanctionPersonComboBox"));
    for (const people::Person& subject : subjects.value())
        person->addItem(subject.name + QStringLiteral(" — ") + subject.unit, subject.uid);
    QComboBox* kind = dialog.addCombo(tr("Sanction:"), QStringLiteral("sanctionKindComboBox"));
    fillKinds(kind);
    QSpinBox* years = dialog.addSpin(tr("Probation years:"), QStringLiteral("probationYearsSpinBox"), 0, 2, 0);
    QLineEdit* number = dialog.addLine(tr("Decision number:"), QStringLiteral("decisionNumberEdit"), true);
    QDateEdit* effective =
        dialog.addDate(tr("Effective from:"), QStringLiteral("effectiveDateEdit"), QDate::currentDate());
    QComboBox* level = dialog.addCombo(tr("Cadre level at the time:"), QStringLiteral("cadreLevelComboBox"));
    level->addItem(tr("As recorded for the person"), QString());
    if (auto levels = cases::CaseRecords(m_session).categories(QStringLiteral("cadre_level")); levels.ok())
        for (const cases::CategoryItem& item : levels.value())
            level->addItem(item.label, item.code);
    QLineEdit* unit = dialog.addLine(tr("Executing unit:"), QStringLiteral("executingUnitEdit"));
    unit->setPlaceholderText(tr("The person's unit"));
    QPlainTextEdit* grounds =
        dialog.addText(tr("Facts and nature of the violation:"), QStringLiteral("sanctionGroundsEdit"), true);
    auto syncYears = [kind, years] {
        const bool probation = kind->currentData().toString() == sanctions::sanctionKey(SanctionKind::PartyProbation);
        years->setEnabled(probation);
        years->setMinimum(probation ? 1 : 0);
        years->setValue(probation ? std::max(1, years->value()) : 0);
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, syncYears);
    syncYears();
    if (dialog.exec() != QDialog::Accepted)
        return;
    sanctions::SanctionTerms terms;
    terms.personUid = person->currentData().toString();
    terms.kind = sanctions::sanctionFromKey(kind->currentData().toString()).value_or(SanctionKind::PartyWarning);
    terms.probationYears = years->value();
    terms.decisionNumber = number->text();
    terms.effectiveOn = effective->date();
    terms.cadreLevel = level->currentData().toString();
    terms.executingUnit = unit->text();
    terms.grounds = grounds->toPlainText();
    auto decided = sanctions::SanctionService(m_session).decide(m_case.uid, terms);
    finish(decided.ok() ? Status() : Status(decided.error()), tr("Record sanction"));
}

void CaseSanctionsTab::applyAppeal()
{
    const QString sanctionUid = selectedKey(m_sanctions);
    auto appeals = cases::CaseReviewService(m_session).appeals(m_case.uid);
    if (!appeals.ok()) {
        showFailure(appeals.error(), tr("Apply appeal outcome"));
        return;
    }
    FormDialog dialog(tr("Apply appeal outcome"), this);
    QComboBox* appeal = dialog.addCombo(tr("Appeal:"), QStringLiteral("appealComboBox"));
    for (const cases::Appeal& a : appeals.value())
        if (a.status == QLatin1String("lodged"))
            appeal->addItem(tr("%1, lodged %2").arg(a.appellant, CaseTerms::date(a.lodgedOn)), a.uid);
    QComboBox* outcome = dialog.addCombo(tr("Outcome:"), QStringLiteral("appealOutcomeComboBox"));
    outcome->addItem(tr("Maintain"), int(cases::AppealOutcome::Maintain));
    outcome->addItem(tr("Change"), int(cases::AppealOutcome::Change));
    outcome->addItem(tr("Revoke"), int(cases::AppealOutcome::Revoke));
    QComboBox* kind = dialog.addCombo(tr("Changed to:"), QStringLiteral("newSanctionComboBox"));
    fillKinds(kind);
    QSpinBox* years = dialog.addSpin(tr("Probation years:"), QStringLiteral("newProbationYearsSpinBox"), 0, 2, 0);
    QLineEdit* number =
        dialog.addLine(tr("Re-examination decision number:"), QStringLiteral("reexaminationNumberEdit"));
    QDateEdit* decided =
        dialog.addDate(tr("Decided on:"), QStringLiteral("reexaminationDateEdit"), QDate::currentDate());
    QPlainTextEdit* findings = dialog.addText(tr("Findings:"), QStringLiteral("reexaminationFindingsEdit"), true);
    dialog.setCheck([appeal, outcome, number] {
        if (appeal->count() == 0)
            return tr("The case has no open appeal. Lodge the appeal on the review tab first.");
        if (outcome->currentData().toInt() != int(cases::AppealOutcome::Maintain) && number->text().trimmed().isEmpty())
            return tr("A change or revocation needs the number of the re-examination decision.");
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    sanctions::Reexamination r;
    r.appealUid = appeal->currentData().toString();
    r.sanctionUid = sanctionUid;
    r.outcome = static_cast<cases::AppealOutcome>(outcome->currentData().toInt());
    r.findings = findings->toPlainText();
    r.decisionNumber = number->text();
    r.decidedOn = decided->date();
    r.newKind = sanctions::sanctionFromKey(kind->currentData().toString()).value_or(SanctionKind::PartyWarning);
    r.newProbationYears = years->value();
    auto applied = sanctions::SanctionService(m_session).reexamine(r);
    finish(applied.ok() ? Status() : Status(applied.error()), tr("Apply appeal outcome"));
}

void CaseSanctionsTab::recordExecution()
{
    const QString stepUid = selectedKey(m_steps);
    if (stepUid.isEmpty())
        return;
    FormDialog dialog(tr("Record execution"), this);
    QDateEdit* done = dialog.addDate(tr("Carried out on:"), QStringLiteral("executionDateEdit"), QDate::currentDate());
    QPlainTextEdit* feedback = dialog.addText(tr("Feedback:"), QStringLiteral("executionFeedbackEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(sanctions::SanctionService(m_session).recordExecution(stepUid, done->date(), feedback->toPlainText()),
           tr("Record execution"));
}

} // namespace qf::ui
