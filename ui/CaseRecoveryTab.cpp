#include "CaseRecoveryTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/MeasureService.h"
#include "property/Money.h"
#include "sanctions/AssetRecoveryService.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

CaseRecoveryTab::CaseRecoveryTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent),
      m_recoveries(makeTable({tr("Amount"), tr("Recovered on"), tr("Source"), tr("Recorded by")},
                             QStringLiteral("recoveriesTableWidget"))),
      m_totalLabel(new QLabel),
      m_recordButton(makeButton(tr("Record recovered &amount…"), QStringLiteral("recordRecoveryButton"))),
      m_exitControls(makeTable({tr("Person or document"), tr("Basis"), tr("Status"), tr("Valid until")},
                               QStringLiteral("exitControlsTableWidget"))),
      m_exitControlButton(makeButton(tr("Req&uest exit control…"), QStringLiteral("requestExitControlButton")))
{
    setObjectName(QStringLiteral("caseRecoveryTab"));
    m_totalLabel->setObjectName(QStringLiteral("recoveredTotalLabel"));
    m_totalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recoveries->setColumnWidth(0, 180);
    m_recoveries->setColumnWidth(1, 110);
    m_recoveries->setColumnWidth(2, 320);
    m_exitControls->setColumnWidth(0, 220);
    m_exitControls->setColumnWidth(1, 320);
    m_exitControls->setColumnWidth(2, 100);

    auto* recoveryBox = new QGroupBox(tr("Amounts recovered"));
    recoveryBox->setObjectName(QStringLiteral("recoveriesGroupBox"));
    auto* recoveryLayout = new QVBoxLayout(recoveryBox);
    recoveryLayout->addWidget(m_recoveries);
    auto* recoveryButtons = new QHBoxLayout;
    recoveryButtons->addWidget(m_recordButton);
    recoveryButtons->addStretch();
    recoveryButtons->addWidget(m_totalLabel);
    recoveryLayout->addLayout(recoveryButtons);

    auto* exitBox = new QGroupBox(tr("Exit controls for flight risk"));
    exitBox->setObjectName(QStringLiteral("exitControlsGroupBox"));
    auto* exitLayout = new QVBoxLayout(exitBox);
    exitLayout->addWidget(m_exitControls);
    auto* exitButtons = new QHBoxLayout;
    exitButtons->addWidget(m_exitControlButton);
    exitButtons->addStretch();
    exitLayout->addLayout(exitButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recoveryBox, 1);
    layout->addWidget(exitBox, 1);
    connect(m_recordButton, &QPushButton::clicked, this, &CaseRecoveryTab::recordRecovery);
    connect(m_exitControlButton, &QPushButton::clicked, this, &CaseRecoveryTab::requestExitControl);
}

void CaseRecoveryTab::reload()
{
    m_recoveries->setRowCount(0);
    QMap<QString, qint64> totals;
    if (auto recoveries = sanctions::AssetRecoveryService(m_session).recoveriesOf(m_case.uid); recoveries.ok()) {
        m_recoveries->setRowCount(static_cast<int>(recoveries->size()));
        for (int row = 0; row < recoveries->size(); ++row) {
            const sanctions::AssetRecovery& r = recoveries->at(row);
            setRow(m_recoveries, row,
                   {property::formatAmount(r.amountCents, r.currency), CaseTerms::date(r.recoveredOn), r.source,
                    r.recordedBy},
                   r.uid);
            m_recoveries->item(row, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            totals[r.currency] += r.amountCents;
        }
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums << property::formatAmount(it.value(), it.key());
    m_totalLabel->setText(sums.isEmpty() ? tr("Nothing recovered yet") : tr("Total: %1").arg(sums.join(u'；')));

    m_exitControls->setRowCount(0);
    if (auto measures = cases::MeasureService(m_session).measuresOf(m_case.uid); measures.ok()) {
        int row = 0;
        for (const cases::Measure& m : measures.value()) {
            if (m.kind != QLatin1String(sanctions::AssetRecoveryService::kExitControlMeasure))
                continue;
            m_exitControls->setRowCount(row + 1);
            setRow(m_exitControls, row,
                   {m.target, m.basis, CaseTerms::measureStatusName(m.status),
                    m.validUntil.isValid() ? CaseTerms::dateTime(m.validUntil.toLocalTime()) : QString()},
                   m.uid);
            ++row;
        }
    }
    m_recordButton->setEnabled(m_session.can(access::Permission::ManageCases));
    m_exitControlButton->setEnabled(m_session.can(access::Permission::ManageCases));
}

void CaseRecoveryTab::recordRecovery()
{
    FormDialog dialog(tr("Record recovery"), this);
    QLineEdit* amount = dialog.addLine(tr("Amount:"), QStringLiteral("recoveryAmountEdit"), true);
    amount->setPlaceholderText(QStringLiteral("1,234.56"));
    QLineEdit* currency = dialog.addLine(tr("Currency:"), QStringLiteral("recoveryCurrencyEdit"), true);
    currency->setText(QStringLiteral("CNY"));
    QDateEdit* on = dialog.addDate(tr("Recovered on:"), QStringLiteral("recoveryDateEdit"), QDate::currentDate());
    QLineEdit* source = dialog.addLine(tr("Source:"), QStringLiteral("recoverySourceEdit"), true);
    dialog.setCheck([amount] {
        auto parsed = property::parseAmount(amount->text());
        return parsed.ok() ? QString() : parsed.message();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto cents = property::parseAmount(amount->text());
    if (!cents.ok()) {
        showFailure(cents.error(), tr("Record recovery"));
        return;
    }
    auto recorded = sanctions::AssetRecoveryService(m_session).record(
        m_case.uid, cents.value(), currency->text().trimmed().toUpper(), on->date(), source->text());
    finish(recorded.ok() ? Status() : Status(recorded.error()), tr("Record recovery"));
}

void CaseRecoveryTab::requestExitControl()
{
    FormDialog dialog(tr("Request exit control"), this);
    QLineEdit* target =
        dialog.addLine(tr("Person and travel documents:"), QStringLiteral("exitControlTargetEdit"), true);
    QLineEdit* basis = dialog.addLine(tr("Basis:"), QStringLiteral("exitControlBasisEdit"), true);
    QPlainTextEdit* risk = dialog.addText(tr("Flight risk:"), QStringLiteral("exitControlRiskEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    cases::MeasureRequest request{m_case.uid, QLatin1String(sanctions::AssetRecoveryService::kExitControlMeasure),
                                  basis->text(), risk->toPlainText(), target->text()};
    auto requested = cases::MeasureService(m_session).request(request);
    finish(requested.ok() ? Status() : Status(requested.error()), tr("Request exit control"));
}

} // namespace qf::ui
