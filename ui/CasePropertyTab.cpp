#include "CasePropertyTab.h"

#include "CaseTerms.h"
#include "EvidenceTerms.h"
#include "PropertyItemDialog.h"
#include "SecondSignerDialog.h"
#include "access/Session.h"
#include "cases/MeasureService.h"
#include "property/Money.h"

#include <QColor>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QString buttonText(const QString& action)
{
    if (action == QLatin1String("seize"))
        return CasePropertyTab::tr("&Seize…");
    if (action == QLatin1String("seal"))
        return CasePropertyTab::tr("Se&al…");
    if (action == QLatin1String("hand_over"))
        return CasePropertyTab::tr("&Hand over…");
    if (action == QLatin1String("take_custody"))
        return CasePropertyTab::tr("Ta&ke custody…");
    if (action == QLatin1String("return"))
        return CasePropertyTab::tr("Ret&urn…");
    if (action == QLatin1String("confiscate"))
        return CasePropertyTab::tr("&Confiscate…");
    return CasePropertyTab::tr("Transfer to &judicial organs…");
}

QString objectNameOf(const QString& action)
{
    QString name;
    bool upper = false;
    for (const QChar c : action) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + QStringLiteral("Button");
}

QString amountOrBlank(qint64 cents, const QString& currency)
{
    return cents == 0 ? QString() : property::formatAmount(cents, currency);
}

// What the history shows for the document of a step: its number, or that no approved list covered it.
QString coveringDocumentText(const property::PropertyActionRecord& record)
{
    if (!record.documentUid.isEmpty())
        return record.documentNumber.isEmpty() ? CasePropertyTab::tr("approved list") : record.documentNumber;
    return record.needsDocument() ? CasePropertyTab::tr("not covered by a list") : QString();
}

QString coverageText(const std::optional<documents::PropertyCoverage>& coverage)
{
    if (!coverage)
        return CasePropertyTab::tr("No list takes this item yet. The step is recorded as not covered; draft and "
                                   "approve the list in the documents area to cover it.");
    if (coverage->status == QLatin1String("draft"))
        return CasePropertyTab::tr("The list that takes this item is still a draft: approve it first, or the step is "
                                   "refused.");
    return CasePropertyTab::tr("Covered by the approved list %1.").arg(coverage->number);
}

} // namespace

CasePropertyTab::CasePropertyTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent),
      m_table(makeTable({tr("Card"), tr("Category"), tr("Description"), tr("Features"), tr("Serial no."), tr("Kind"),
                         tr("Face value"), tr("Pieces"), tr("Amount"), tr("Currency"), tr("State"), tr("Seized by"),
                         tr("Custodian")},
                        QStringLiteral("ledgerTableWidget"))),
      m_history(makeTable({tr("When"), tr("Action"), tr("Document"), tr("From"), tr("To"), tr("Signed by"),
                           tr("Second signer"), tr("Note")},
                          QStringLiteral("historyTableWidget"))),
      m_totals(makeTable({tr("Category"), tr("Currency"), tr("Registered"), tr("In custody"), tr("In transit"),
                          tr("Disposed"), tr("Balance")},
                         QStringLiteral("reconciliationTableWidget"))),
      m_warningLabel(new QLabel),
      m_registerButton(makeButton(tr("Re&gister item…"), QStringLiteral("registerItemButton")))
{
    setObjectName(QStringLiteral("casePropertyTab"));
    const QList<int> widths{44, 75, 140, 100, 90, 55, 95, 50, 125, 55, 95, 75};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_history->setColumnWidth(0, 125);
    m_history->setColumnWidth(1, 80);
    m_history->setColumnWidth(2, 150);
    m_history->setColumnWidth(3, 80);
    m_history->setColumnWidth(4, 80);
    m_history->setColumnWidth(5, 80);
    m_history->setColumnWidth(6, 90);
    m_totals->setColumnWidth(0, 75);
    m_totals->setColumnWidth(1, 55);
    for (int column = 2; column < 6; ++column)
        m_totals->setColumnWidth(column, 105);
    m_warningLabel->setObjectName(QStringLiteral("undisposedWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4300; border: 1px solid "
                                                 "#d9a400; border-radius: 4px; padding: 6px; }"));
    m_warningLabel->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_registerButton);
    buttons->addSpacing(12);
    for (const QString& action : EvidenceTerms::propertyActions()) {
        QPushButton* button = makeButton(buttonText(action), objectNameOf(action));
        button->setProperty("action", action);
        button->setToolTip(tr("%1: signed by you and a second person").arg(EvidenceTerms::propertyActionName(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
        buttons->addWidget(button);
        m_actionButtons.append(button);
    }
    buttons->addStretch();
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);

    auto* historyBox = new QGroupBox(tr("History of the selected item"));
    historyBox->setObjectName(QStringLiteral("historyGroupBox"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    auto* totalsBox = new QGroupBox(tr("Reconciliation per category and currency"));
    totalsBox->setObjectName(QStringLiteral("reconciliationGroupBox"));
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totals, 1);
    totalsLayout->addWidget(m_warningLabel);

    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("propertyDetailsSplitter"));
    bottom->addWidget(historyBox);
    bottom->addWidget(totalsBox);
    bottom->setChildrenCollapsible(false);
    bottom->setSizes({520, 560});
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("propertySplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_registerButton, &QPushButton::clicked, this, &CasePropertyTab::registerItem);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CasePropertyTab::showHistory);
}

void CasePropertyTab::reload()
{
    const QString keep = selectedKey(m_table);
    m_table->setRowCount(0);
    auto ledger = property::PropertyService(m_session).ledger(m_case.uid);
    m_items = ledger.ok() ? ledger.value() : QList<property::PropertyItem>{};
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const property::PropertyItem& p = m_items.at(row);
        setRow(m_table, row,
               {QString::number(p.cardNo), EvidenceTerms::propertyCategoryName(p.category), p.description, p.features,
                p.serial, p.kind, amountOrBlank(p.faceValueCents, p.currency), QString::number(p.pieces),
                property::formatAmount(p.amountCents, p.currency), p.currency,
                EvidenceTerms::propertyStateName(p.state), p.seizedBy, p.custodian},
               p.uid);
        for (int column : {0, 6, 7, 8})
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!p.disposed) {
            QFont bold = m_table->item(row, 10)->font();
            bold.setBold(true);
            m_table->item(row, 10)->setFont(bold);
        }
        if (p.uid == keep)
            m_table->selectRow(row);
    }
    showHistory();
    showReconciliation();
}

const property::PropertyItem* CasePropertyTab::selected() const
{
    const QString uid = selectedKey(m_table);
    for (const property::PropertyItem& p : m_items)
        if (p.uid == uid)
            return &p;
    return nullptr;
}

bool CasePropertyTab::selectItem(const QString& itemUid)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == itemUid) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void CasePropertyTab::showHistory()
{
    m_history->setRowCount(0);
    if (const property::PropertyItem* p = selected()) {
        auto history = property::PropertyService(m_session).history(p->uid);
        const QList<property::PropertyActionRecord> records =
            history.ok() ? history.value() : QList<property::PropertyActionRecord>{};
        m_history->setRowCount(static_cast<int>(records.size()));
        for (int row = 0; row < records.size(); ++row) {
            const property::PropertyActionRecord& r = records.at(row);
            QString note = r.note;
            if (!r.measureUid.isEmpty())
                note =
                    note.isEmpty() ? tr("under an approved measure") : tr("%1 (under an approved measure)").arg(note);
            setRow(m_history, row,
                   {EvidenceTerms::dateTime(r.at), EvidenceTerms::propertyActionName(r.action), coveringDocumentText(r),
                    EvidenceTerms::propertyStateName(r.fromState), EvidenceTerms::propertyStateName(r.toState),
                    r.firstSigner, r.secondSigner, note});
            if (r.needsDocument() && r.documentUid.isEmpty())
                m_history->item(row, 2)->setForeground(QColor(0xa4, 0x26, 0x2c));
        }
    }
    updateButtons();
}

void CasePropertyTab::showReconciliation()
{
    m_totals->setRowCount(0);
    auto lines = property::PropertyService(m_session).reconcile(m_case.uid);
    const QList<property::LedgerLine> list = lines.ok() ? lines.value() : QList<property::LedgerLine>{};
    m_totals->setRowCount(static_cast<int>(list.size()));
    bool unbalanced = false;
    for (int row = 0; row < list.size(); ++row) {
        const property::LedgerLine& l = list.at(row);
        unbalanced = unbalanced || !l.balances();
        setRow(m_totals, row,
               {EvidenceTerms::propertyCategoryName(l.category), l.currency,
                property::formatAmount(l.registeredCents, l.currency),
                property::formatAmount(l.inCustodyCents, l.currency),
                property::formatAmount(l.inTransitCents, l.currency),
                property::formatAmount(l.disposedCents, l.currency), l.balances() ? tr("balances") : tr("DIFFERS")});
        for (int column = 2; column < 6; ++column)
            m_totals->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    int undisposed = 0;
    for (const property::PropertyItem& p : std::as_const(m_items))
        undisposed += p.disposed ? 0 : 1;
    QStringList warnings;
    if (!lines.ok())
        warnings.append(lines.message());
    if (undisposed > 0)
        warnings.append(tr("%n item(s) not yet disposed of (returned, confiscated or transferred to judicial "
                           "organs). The case cannot be closed until every item is disposed of.",
                           nullptr, undisposed));
    if (unbalanced)
        warnings.append(tr("A total does not balance: registered differs from in custody + in transit + disposed."));
    if (auto uncovered = property::PropertyService(m_session).uncoveredSteps(m_case.uid);
        uncovered.ok() && uncovered.value() > 0)
        warnings.append(tr("%n seizure, sealing or handover step(s) were taken without an approved list that takes the "
                           "item. Draft and approve the list in the documents area.",
                           nullptr, uncovered.value()));
    m_warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!warnings.isEmpty());
}

void CasePropertyTab::updateButtons()
{
    const property::PropertyItem* p = selected();
    const bool manager = m_session.can(access::Permission::ManageCases);
    m_registerButton->setEnabled(manager && !m_case.uid.isEmpty());
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        const QString action = button->property("action").toString();
        button->setEnabled(p && EvidenceTerms::propertyActionSources(action).contains(p->state));
    }
}

bool CasePropertyTab::registerItem()
{
    PropertyItemDialog dialog(m_session, m_case.uid, this);
    QStringList team;
    for (const cases::TeamMember& member : std::as_const(m_case.team))
        team.append(member.login);
    dialog.setSuggestedLogins(team);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString uid = dialog.registered().uid;
    Q_EMIT changed();
    reload();
    selectItem(uid);
    return true;
}

bool CasePropertyTab::act(const QString& action)
{
    const property::PropertyItem* p = selected();
    if (!p)
        return false;
    const QString itemUid = p->uid;
    const bool needsMeasure = action == QLatin1String("seize") || action == QLatin1String("seal");
    const bool disposal = EvidenceTerms::propertyActionSources(action).contains(QStringLiteral("in_custody"));
    QString who;
    if (action == QLatin1String("take_custody"))
        who = tr("The custodian is you; the person handing it over confirms. Whoever seized the item cannot be "
                 "its custodian.");
    else if (disposal)
        who = tr("An approver signs the disposal as the second person.");
    SecondSignerDialog dialog(m_session, EvidenceTerms::propertyActionName(action),
                              tr("Card %1: %2, %3 (%4).")
                                      .arg(p->cardNo)
                                      .arg(p->description, property::formatAmount(p->amountCents, p->currency),
                                           EvidenceTerms::propertyStateName(p->state)) +
                                  (who.isEmpty() ? QString() : QStringLiteral(" ") + who),
                              this);
    dialog.setObjectName(QStringLiteral("propertyActionDialog"));
    QComboBox* measure = nullptr;
    if (needsMeasure) {
        measure = new QComboBox;
        measure->setObjectName(QStringLiteral("measureComboBox"));
        const QString kind = action == QLatin1String("seize") ? QStringLiteral("seizure") : QStringLiteral("sealing");
        if (auto measures = cases::MeasureService(m_session).measuresOf(m_case.uid); measures.ok())
            for (const cases::Measure& m : measures.value())
                if (m.kind == kind && (m.status == QLatin1String("approved") || m.status == QLatin1String("executed")))
                    measure->addItem(tr("%1 — valid %2 to %3")
                                         .arg(m.target.isEmpty() ? m.basis : m.target,
                                              CaseTerms::date(m.validFrom.toLocalTime().date()),
                                              CaseTerms::date(m.validUntil.toLocalTime().date())),
                                     m.uid);
        if (measure->count() == 0) {
            measure->addItem(action == QLatin1String("seize") ? tr("(no approved seizure measure in this case)")
                                                              : tr("(no approved sealing measure in this case)"));
            measure->setEnabled(false);
        }
        dialog.insertRow(tr("Approved &measure:"), measure);
    }
    if (auto coverage = property::PropertyService(m_session).coverage(itemUid, action);
        coverage.ok() && !documents::PropertyDocumentLinks::templateFor(action).isEmpty()) {
        auto* document = new QLabel(coverageText(coverage.value()));
        document->setObjectName(QStringLiteral("coveringDocumentLabel"));
        document->setWordWrap(true);
        dialog.insertRow(tr("Covering list:"), document);
    }
    auto* note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("actionNoteEdit"));
    note->setTabChangesFocus(true);
    note->setMaximumHeight(note->fontMetrics().height() * 4);
    dialog.insertRow(tr("&Note:"), note);
    QStringList team;
    for (const cases::TeamMember& member : std::as_const(m_case.team))
        team.append(member.login);
    dialog.setSuggestedLogins(team);
    dialog.setCheck([measure]() -> QString {
        if (measure && measure->currentData().toString().isEmpty())
            return tr("This step needs an approved measure of the case. Request it on the Measures tab first.");
        return {};
    });
    dialog.setAction([this, itemUid, action, measure, note](const access::SecondSigner& signer) {
        return property::PropertyService(m_session).act(itemUid, action, signer,
                                                        measure ? measure->currentData().toString() : QString(),
                                                        note->toPlainText().trimmed());
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT changed();
    reload();
    selectItem(itemUid);
    return true;
}

} // namespace qf::ui
