#include "IdentityGrantsDialog.h"

#include "AuditTableModel.h"
#include "ErrorMessages.h"
#include "intake/IdentityService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

IdentityGrantsDialog::IdentityGrantsDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_messageLabel(ErrorMessages::createBanner(QStringLiteral("messageLabel"))),
      m_table(new QTableWidget(0, 4)), m_daysSpin(new QSpinBox), m_noteEdit(new QLineEdit),
      m_approveButton(new QPushButton(tr("&Approve"))), m_refuseButton(new QPushButton(tr("Re&fuse")))
{
    setObjectName(QStringLiteral("identityGrantsDialog"));
    setWindowTitle(tr("Identity access requests"));
    auto* intro = new QLabel(tr("Each request asks to see one protected reporter or witness. An approved grant is "
                                "valid for the days you set, and every view under it is recorded."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("grantsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Requested"), tr("By"), tr("Reason"), tr("Identity")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 150);
    m_table->setColumnWidth(1, 90);
    m_table->setColumnWidth(3, 120);
    m_daysSpin->setObjectName(QStringLiteral("validDaysSpinBox"));
    m_daysSpin->setRange(1, 90);
    m_daysSpin->setValue(7);
    m_daysSpin->setSuffix(tr(" day(s)"));
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("Note for the record"));
    m_approveButton->setObjectName(QStringLiteral("approvePushButton"));
    m_refuseButton->setObjectName(QStringLiteral("refusePushButton"));
    m_approveButton->setAutoDefault(false);
    m_refuseButton->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Valid for:"), m_daysSpin);
    form->addRow(tr("&Note:"), m_noteEdit);
    auto* actions = new QHBoxLayout;
    actions->addLayout(form, 1);
    actions->addWidget(m_approveButton);
    actions->addWidget(m_refuseButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IdentityGrantsDialog::updateButtons);
    connect(m_approveButton, &QPushButton::clicked, this, &IdentityGrantsDialog::approveSelected);
    connect(m_refuseButton, &QPushButton::clicked, this, &IdentityGrantsDialog::refuseSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(820, 460);
}

void IdentityGrantsDialog::reload()
{
    m_table->setRowCount(0);
    auto grants = intake::IdentityService(m_session).pendingGrants();
    if (!grants.ok()) {
        showMessage(ErrorMessages::describe(grants.error()), true);
        m_grants.clear();
        updateButtons();
        return;
    }
    m_grants = grants.value();
    m_table->setRowCount(static_cast<int>(m_grants.size()));
    for (int row = 0; row < m_grants.size(); ++row) {
        const intake::IdentityGrant& grant = m_grants.at(row);
        const QStringList cells{AuditTableModel::displayTime(grant.requestedAt), grant.requestedBy, grant.reason,
                                grant.identityUid.left(8)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 2)->setToolTip(grant.reason);
    }
    if (!m_grants.isEmpty())
        m_table->selectRow(0);
    else
        showMessage(tr("No request is waiting for a decision.").toHtmlEscaped(), false);
    updateButtons();
}

QString IdentityGrantsDialog::selectedGrant() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_grants.size() && !m_table->selectedItems().isEmpty() ? m_grants.at(row).uid : QString();
}

void IdentityGrantsDialog::updateButtons()
{
    const bool any = !selectedGrant().isEmpty();
    m_approveButton->setEnabled(any);
    m_refuseButton->setEnabled(any);
}

void IdentityGrantsDialog::showMessage(const QString& html, bool problem)
{
    m_messageLabel->setText(html);
    m_messageLabel->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: #5c0f0b; background-color: #fdecea; border: 1px solid #e0a39d;"
                                 " border-radius: 4px; padding: 8px; }")
                : QStringLiteral("QLabel { color: #0d3d1f; background-color: #e6f4ea; border: 1px solid #9fd4ae;"
                                 " border-radius: 4px; padding: 8px; }"));
    m_messageLabel->show();
}

void IdentityGrantsDialog::approveSelected()
{
    const QString uid = selectedGrant();
    if (uid.isEmpty())
        return;
    const Status done = intake::IdentityService(m_session).approveGrant(uid, m_daysSpin->value(), m_noteEdit->text());
    if (!done.ok()) {
        showMessage(ErrorMessages::describe(done.error()), true);
        return;
    }
    m_noteEdit->clear();
    reload();
    showMessage(tr("Approved for %n day(s).", nullptr, m_daysSpin->value()).toHtmlEscaped(), false);
}

void IdentityGrantsDialog::refuseSelected()
{
    const QString uid = selectedGrant();
    if (uid.isEmpty())
        return;
    if (m_noteEdit->text().trimmed().isEmpty()) {
        showMessage(ErrorMessages::describe({ErrorCode::Invalid, tr("Say why the request is refused.")}), true);
        m_noteEdit->setFocus();
        return;
    }
    const Status done = intake::IdentityService(m_session).refuseGrant(uid, m_noteEdit->text().trimmed());
    if (!done.ok()) {
        showMessage(ErrorMessages::describe(done.error()), true);
        return;
    }
    m_noteEdit->clear();
    reload();
    showMessage(tr("The request was refused.").toHtmlEscaped(), false);
}

} // namespace qf::ui
