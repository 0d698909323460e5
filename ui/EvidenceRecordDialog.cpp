#include "EvidenceRecordDialog.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "EvidenceTerms.h"
#include "access/Session.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace qf::ui {

EvidenceRecordDialog::EvidenceRecordDialog(access::Session& session, const cases::Case& c, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseUid(c.uid), m_kindCombo(new QComboBox),
      m_descriptionEdit(new QLineEdit), m_sourceEdit(new QLineEdit), m_holderEdit(new QLineEdit),
      m_collectedAtEdit(new QDateTimeEdit(QDateTime::currentDateTime())), m_placeEdit(new QLineEdit),
      m_collectorsList(new QListWidget), m_witnessEdit(new QLineEdit), m_factsEdit(new QPlainTextEdit),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("evidenceErrorLabel")))
{
    setObjectName(QStringLiteral("evidenceRecordDialog"));
    setWindowTitle(tr("Record evidence"));
    m_kindCombo->setObjectName(QStringLiteral("evidenceKindComboBox"));
    for (const QString& kind : EvidenceTerms::evidenceKinds())
        m_kindCombo->addItem(EvidenceTerms::evidenceKindName(kind), kind);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    m_holderEdit->setObjectName(QStringLiteral("holderEdit"));
    m_holderEdit->setPlaceholderText(tr("the person or unit it was obtained from"));
    m_collectedAtEdit->setObjectName(QStringLiteral("collectedAtDateTimeEdit"));
    m_collectedAtEdit->setCalendarPopup(true);
    m_collectedAtEdit->setDisplayFormat(CaseTerms::kDateTimeFormat);
    m_collectedAtEdit->setMinimumWidth(
        m_collectedAtEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 60);
    m_placeEdit->setObjectName(QStringLiteral("placeEdit"));
    m_collectorsList->setObjectName(QStringLiteral("collectorsListWidget"));
    for (const cases::TeamMember& member : c.team) {
        if (member.role == cases::TeamRole::Reviewer)
            continue;
        auto* item = new QListWidgetItem(
            member.displayName.isEmpty() ? member.login : tr("%1 (%2)").arg(member.displayName, member.login),
            m_collectorsList);
        item->setData(Qt::UserRole, member.login);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(member.login == session.login() ? Qt::Checked : Qt::Unchecked);
    }
    m_collectorsList->setMaximumHeight(m_collectorsList->fontMetrics().height() * 6);
    m_collectorsList->setToolTip(tr("Space ticks the selected person; at least two collect together."));
    if (m_collectorsList->count() > 0)
        m_collectorsList->setCurrentRow(0);
    m_witnessEdit->setObjectName(QStringLiteral("witnessEdit"));
    m_factsEdit->setObjectName(QStringLiteral("factsEdit"));
    m_factsEdit->setTabChangesFocus(true);
    m_factsEdit->setPlaceholderText(tr("the alleged facts this evidence supports"));
    m_factsEdit->setMinimumHeight(m_factsEdit->fontMetrics().height() * 4);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Type:"), m_kindCombo);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(tr("&Source:"), m_sourceEdit);
    form->addRow(tr("Obtained &from:"), m_holderEdit);
    form->addRow(tr("&Collected at:"), m_collectedAtEdit);
    form->addRow(tr("&Place:"), m_placeEdit);
    form->addRow(tr("Co&llected by:"), m_collectorsList);
    form->addRow(tr("&Witness present:"), m_witnessEdit);
    form->addRow(tr("Facts s&upported:"), m_factsEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("evidenceButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(640, 560);
}

evidence::EvidenceDraft EvidenceRecordDialog::draft() const
{
    evidence::EvidenceDraft draft;
    draft.caseUid = m_caseUid;
    draft.kind = m_kindCombo->currentData().toString();
    draft.description = m_descriptionEdit->text().trimmed();
    draft.source = m_sourceEdit->text().trimmed();
    draft.holder = m_holderEdit->text().trimmed();
    draft.collectedAt = m_collectedAtEdit->dateTime().toUTC();
    draft.place = m_placeEdit->text().trimmed();
    for (int row = 0; row < m_collectorsList->count(); ++row) {
        const QListWidgetItem* item = m_collectorsList->item(row);
        if (item->checkState() == Qt::Checked)
            draft.collectors.append(item->data(Qt::UserRole).toString());
    }
    draft.witness = m_witnessEdit->text().trimmed();
    draft.facts = m_factsEdit->toPlainText().trimmed();
    return draft;
}

void EvidenceRecordDialog::accept()
{
    const evidence::EvidenceDraft d = draft();
    if (d.collectors.size() < 2) {
        m_errorLabel->setText(tr("Tick at least two people of the case team who collected it."));
        m_errorLabel->show();
        m_collectorsList->setFocus();
        return;
    }
    auto recorded = evidence::EvidenceService(m_session).record(d);
    if (!recorded.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(recorded.error()));
        m_errorLabel->show();
        return;
    }
    m_recorded = recorded.value();
    QDialog::accept();
}

} // namespace qf::ui
