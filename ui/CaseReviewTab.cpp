#include "CaseReviewTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QString outcomeName(const QString& key)
{
    if (key == cases::appealOutcomeKey(cases::AppealOutcome::Maintain))
        return CaseReviewTab::tr("Maintained");
    if (key == cases::appealOutcomeKey(cases::AppealOutcome::Change))
        return CaseReviewTab::tr("Changed");
    if (key == cases::appealOutcomeKey(cases::AppealOutcome::Revoke))
        return CaseReviewTab::tr("Revoked");
    return key;
}

} // namespace

CaseReviewTab::CaseReviewTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_records(makeTable({tr("Record"), tr("Held on"), tr("Recorded by"), tr("Content")},
                                                    QStringLiteral("reviewRecordsTableWidget"))),
      m_appeals(makeTable(
          {tr("Appellant"), tr("Lodged"), tr("Due"), tr("First appeal"), tr("Status"), tr("Outcome"), tr("Grounds")},
          QStringLiteral("appealsTableWidget"))),
      m_recordButton(makeButton(tr("&Add review record…"), QStringLiteral("addReviewRecordButton"))),
      m_lodgeButton(makeButton(tr("Lod&ge appeal…"), QStringLiteral("lodgeAppealButton"))),
      m_decideButton(makeButton(tr("Decide a&ppeal…"), QStringLiteral("decideAppealButton")))
{
    setObjectName(QStringLiteral("caseReviewTab"));
    m_records->setColumnWidth(0, 140);
    m_records->setColumnWidth(1, 100);
    m_records->setColumnWidth(2, 110);

    auto* recordsBox = new QGroupBox(tr("Review records"));
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->addWidget(m_records);
    auto* recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_recordButton);
    recordButtons->addStretch();
    recordsLayout->addLayout(recordButtons);

    auto* appealsBox = new QGroupBox(tr("Appeals (申诉)"));
    auto* appealsLayout = new QVBoxLayout(appealsBox);
    appealsLayout->addWidget(m_appeals);
    auto* appealButtons = new QHBoxLayout;
    appealButtons->addWidget(m_lodgeButton);
    appealButtons->addWidget(m_decideButton);
    appealButtons->addStretch();
    appealsLayout->addLayout(appealButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recordsBox, 1);
    layout->addWidget(appealsBox, 1);

    connect(m_recordButton, &QPushButton::clicked, this, &CaseReviewTab::addRecord);
    connect(m_lodgeButton, &QPushButton::clicked, this, &CaseReviewTab::lodgeAppeal);
    connect(m_decideButton, &QPushButton::clicked, this, &CaseReviewTab::decideAppeal);
    connect(m_appeals, &QTableWidget::itemSelectionChanged, this, &CaseReviewTab::updateButtons);
}

void CaseReviewTab::reload()
{
    m_records->setRowCount(0);
    if (auto records = cases::CaseRecords(m_session).reviewRecords(m_case.uid); records.ok()) {
        m_records->setRowCount(static_cast<int>(records->size()));
        for (int row = 0; row < records->size(); ++row) {
            const cases::ReviewRecord& r = records->at(row);
            setRow(m_records, row,
                   {CaseTerms::reviewKindName(r.kind), CaseTerms::date(r.heldOn), r.recordedBy,
                    QString(r.content).replace(QLatin1Char('\n'), QLatin1Char(' '))});
        }
    }
    m_appeals->setRowCount(0);
    if (auto appeals = cases::CaseReviewService(m_session).appeals(m_case.uid); appeals.ok()) {
        // Overdue first appeals come first: they must be handled (首诉必办).
        QList<cases::Appeal> sorted = appeals.value();
        std::stable_sort(sorted.begin(), sorted.end(), [](const cases::Appeal& a, const cases::Appeal& b) {
            return (a.first && a.overdue) > (b.first && b.overdue);
        });
        m_appeals->setRowCount(static_cast<int>(sorted.size()));
        for (int row = 0; row < sorted.size(); ++row) {
            const cases::Appeal& a = sorted.at(row);
            const bool decided = a.status == QLatin1String("decided");
            setRow(m_appeals, row,
                   {a.appellant, CaseTerms::date(a.lodgedOn), CaseTerms::date(a.dueOn), a.first ? tr("Yes") : tr("No"),
                    decided ? tr("Decided") : (a.overdue ? tr("Overdue") : tr("Being handled")), outcomeName(a.outcome),
                    a.grounds},
                   decided ? QString() : a.uid);
            if (a.overdue && !decided) {
                for (int column = 0; column < m_appeals->columnCount(); ++column) {
                    QTableWidgetItem* item = m_appeals->item(row, column);
                    item->setBackground(QColor(0xfd, 0xec, 0xea));
                    item->setForeground(QColor(0x8c, 0x1d, 0x18));
                }
            }
        }
    }
    updateButtons();
}

void CaseReviewTab::updateButtons()
{
    const bool reviewer = m_session.can(access::Permission::ReviewCases);
    m_recordButton->setEnabled(reviewer || m_session.can(access::Permission::ManageCases));
    m_lodgeButton->setEnabled(reviewer);
    m_decideButton->setEnabled(reviewer && !selectedKey(m_appeals).isEmpty());
}

void CaseReviewTab::addRecord()
{
    FormDialog dialog(tr("Add a review record"), this);
    QComboBox* kind = dialog.addCombo(tr("Record:"), QStringLiteral("reviewKindComboBox"));
    for (const QString& key : {QStringLiteral("report"), QStringLiteral("hearing"), QStringLiteral("defence")})
        kind->addItem(CaseTerms::reviewKindName(key), key);
    QDateEdit* heldOn = dialog.addDate(tr("Held on:"), QStringLiteral("reviewHeldOnDateEdit"), QDate::currentDate());
    QPlainTextEdit* content = dialog.addText(tr("Content:"), QStringLiteral("reviewContentEdit"), true);
    dialog.addNote(tr("The review report and hearings are written by the assigned reviewers; the defence statement "
                      "by the team or the reviewers."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::CaseReviewService(m_session).recordReview(m_case.uid, kind->currentData().toString(),
                                                            content->toPlainText().trimmed(), heldOn->date()),
           tr("Add a review record"));
}

void CaseReviewTab::lodgeAppeal()
{
    FormDialog dialog(tr("Lodge an appeal"), this);
    QLineEdit* appellant = dialog.addLine(tr("Appellant:"), QStringLiteral("appellantEdit"), true);
    QDateEdit* lodgedOn = dialog.addDate(tr("Lodged on:"), QStringLiteral("lodgedOnDateEdit"), QDate::currentDate());
    QPlainTextEdit* grounds = dialog.addText(tr("Grounds:"), QStringLiteral("appealGroundsEdit"), true);
    dialog.addNote(
        tr("A first appeal must be handled within %n day(s).", nullptr, cases::CaseReviewService::kFirstAppealDays));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto made = cases::CaseReviewService(m_session).lodgeAppeal(m_case.uid, appellant->text().trimmed(),
                                                                grounds->toPlainText().trimmed(), lodgedOn->date());
    finish(made.ok() ? Status() : Status(made.error()), tr("Lodge an appeal"));
}

void CaseReviewTab::decideAppeal()
{
    const QString uid = selectedKey(m_appeals);
    if (uid.isEmpty())
        return;
    FormDialog dialog(tr("Decide the appeal"), this);
    QComboBox* outcome = dialog.addCombo(tr("Outcome:"), QStringLiteral("appealOutcomeComboBox"));
    outcome->addItem(tr("Maintain the decision"), static_cast<int>(cases::AppealOutcome::Maintain));
    outcome->addItem(tr("Change the decision"), static_cast<int>(cases::AppealOutcome::Change));
    outcome->addItem(tr("Revoke the decision"), static_cast<int>(cases::AppealOutcome::Revoke));
    QPlainTextEdit* findings = dialog.addText(tr("Findings:"), QStringLiteral("findingsEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(
        cases::CaseReviewService(m_session).decideAppeal(
            uid, static_cast<cases::AppealOutcome>(outcome->currentData().toInt()), findings->toPlainText().trimmed()),
        tr("Decide the appeal"));
}

} // namespace qf::ui
