#include "CaseMeasuresTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "MeasureValidityDialog.h"
#include "TalkRecordDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

CaseMeasuresTab::CaseMeasuresTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_table(makeTable({tr("Measure"), tr("Target"), tr("Status"), tr("Valid from"),
                                                   tr("Valid until"), tr("Requested by"), tr("Executed"), tr("Result")},
                                                  QStringLiteral("measuresTableWidget"))),
      m_requestButton(makeButton(tr("Re&quest measure…"), QStringLiteral("requestMeasureButton"))),
      m_approveButton(makeButton(tr("&Approve…"), QStringLiteral("approveMeasureButton"))),
      m_refuseButton(makeButton(tr("Ref&use…"), QStringLiteral("refuseMeasureButton"))),
      m_executeButton(makeButton(tr("Record e&xecution…"), QStringLiteral("recordExecutionButton"))),
      m_endButton(makeButton(tr("E&nd…"), QStringLiteral("endMeasureButton"))),
      m_talkButton(makeButton(tr("Record tal&k…"), QStringLiteral("recordTalkButton")))
{
    setObjectName(QStringLiteral("caseMeasuresTab"));
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 120);
    m_table->setColumnWidth(2, 120);
    m_table->setColumnWidth(3, 130);
    m_table->setColumnWidth(4, 130);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button :
         {m_requestButton, m_approveButton, m_refuseButton, m_executeButton, m_endButton, m_talkButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_requestButton, &QPushButton::clicked, this, &CaseMeasuresTab::requestMeasure);
    connect(m_approveButton, &QPushButton::clicked, this, &CaseMeasuresTab::approve);
    connect(m_refuseButton, &QPushButton::clicked, this, &CaseMeasuresTab::refuse);
    connect(m_executeButton, &QPushButton::clicked, this, &CaseMeasuresTab::recordExecution);
    connect(m_endButton, &QPushButton::clicked, this, &CaseMeasuresTab::endMeasure);
    connect(m_talkButton, &QPushButton::clicked, this, &CaseMeasuresTab::recordTalk);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseMeasuresTab::updateButtons);
}

void CaseMeasuresTab::reload()
{
    const QString keep = selectedKey(m_table);
    m_table->setRowCount(0);
    auto measures = cases::MeasureService(m_session).measuresOf(m_case.uid);
    m_measures = measures.ok() ? measures.value() : QList<cases::Measure>{};
    QMap<QString, QString> kinds;
    if (auto categories = cases::CaseRecords(m_session).categories(QStringLiteral("measure")); categories.ok())
        for (const cases::CategoryItem& item : categories.value())
            kinds.insert(item.code, item.label);
    m_table->setRowCount(static_cast<int>(m_measures.size()));
    for (int row = 0; row < m_measures.size(); ++row) {
        const cases::Measure& m = m_measures.at(row);
        setRow(m_table, row,
               {kinds.value(m.kind, m.kind), m.target, CaseTerms::measureStatusName(m.status),
                CaseTerms::dateTime(m.validFrom), CaseTerms::dateTime(m.validUntil), m.requestedBy,
                m.executedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), m.result},
               m.uid);
        if (m.uid == keep)
            m_table->selectRow(row);
    }
    updateButtons();
}

const cases::Measure* CaseMeasuresTab::selected() const
{
    const QString uid = selectedKey(m_table);
    for (const cases::Measure& m : m_measures)
        if (m.uid == uid)
            return &m;
    return nullptr;
}

void CaseMeasuresTab::updateButtons()
{
    const cases::Measure* m = selected();
    const QString status = m ? m->status : QString();
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    const bool manager = m_session.can(access::Permission::ManageCases);
    m_requestButton->setEnabled(manager);
    m_approveButton->setEnabled(approver && status == QLatin1String("requested"));
    m_refuseButton->setEnabled(approver && status == QLatin1String("requested"));
    m_executeButton->setEnabled(manager && status == QLatin1String("approved"));
    m_endButton->setEnabled(manager && (status == QLatin1String("approved") || status == QLatin1String("executed")));
    m_talkButton->setEnabled(manager && m && m->kind == QLatin1String("talk") && status == QLatin1String("approved"));
}

void CaseMeasuresTab::requestMeasure()
{
    FormDialog dialog(tr("Request a measure"), this);
    QComboBox* kind = dialog.addCombo(tr("Measure:"), QStringLiteral("measureKindComboBox"));
    if (auto categories = cases::CaseRecords(m_session).categories(QStringLiteral("measure")); categories.ok())
        for (const cases::CategoryItem& item : categories.value())
            kind->addItem(item.label, item.code);
    QLineEdit* target = dialog.addLine(tr("Target:"), QStringLiteral("measureTargetEdit"));
    QLineEdit* basis = dialog.addLine(tr("Basis:"), QStringLiteral("measureBasisEdit"), true);
    QPlainTextEdit* justification = dialog.addText(tr("Justification:"), QStringLiteral("justificationEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto made =
        cases::MeasureService(m_session).request({m_case.uid, kind->currentData().toString(), basis->text().trimmed(),
                                                  justification->toPlainText().trimmed(), target->text().trimmed()});
    finish(made.ok() ? Status() : Status(made.error()), tr("Request a measure"));
}

void CaseMeasuresTab::approve()
{
    const cases::Measure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    MeasureValidityDialog dialog(tr("%1: %2").arg(m->target, m->justification), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::MeasureService(m_session).approve(uid, dialog.validFrom(), dialog.validUntil()),
           tr("Approve the measure"));
}

void CaseMeasuresTab::refuse()
{
    const cases::Measure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    const auto reason =
        FormDialog::askText(this, tr("Refuse the measure"), tr("Reason:"), true, QStringLiteral("refuseReasonEdit"));
    if (reason)
        finish(cases::MeasureService(m_session).refuse(uid, *reason), tr("Refuse the measure"));
}

void CaseMeasuresTab::recordExecution()
{
    const cases::Measure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    FormDialog dialog(tr("Record execution"), this);
    QDateTimeEdit* at =
        dialog.addDateTime(tr("Executed at:"), QStringLiteral("executedAtDateTimeEdit"), QDateTime::currentDateTime());
    QPlainTextEdit* execution = dialog.addText(tr("How it was executed:"), QStringLiteral("executionEdit"), true);
    QLineEdit* result = dialog.addLine(tr("Result:"), QStringLiteral("resultEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::MeasureService(m_session).recordExecution(
               uid, at->dateTime().toUTC(), execution->toPlainText().trimmed(), result->text().trimmed()),
           tr("Record execution"));
}

void CaseMeasuresTab::endMeasure()
{
    const cases::Measure* m = selected();
    if (!m)
        return;
    const QString uid = m->uid;
    const auto note =
        FormDialog::askText(this, tr("End the measure"), tr("Note:"), true, QStringLiteral("endNoteEdit"));
    if (note)
        finish(cases::MeasureService(m_session).end(uid, *note), tr("End the measure"));
}

void CaseMeasuresTab::recordTalk()
{
    const cases::Measure* m = selected();
    if (!m)
        return;
    TalkRecordDialog dialog(m_session, m_case.uid, m->uid, m->target, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace qf::ui
