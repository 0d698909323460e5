#include "FileCaseDialog.h"

#include "ErrorMessages.h"
#include "access/Session.h"
#include "cases/CaseService.h"
#include "leads/LeadService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

FileCaseDialog::FileCaseDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_leadEdit(new QLineEdit), m_leadList(new QListWidget),
      m_titleEdit(new QLineEdit), m_errorLabel(ErrorMessages::createBanner(QStringLiteral("fileCaseErrorLabel")))
{
    setObjectName(QStringLiteral("fileCaseDialog"));
    setWindowTitle(tr("Open a case from a lead"));
    m_leadEdit->setObjectName(QStringLiteral("leadEdit"));
    m_leadEdit->setPlaceholderText(tr("lead number, or its uid"));
    m_leadEdit->setClearButtonEnabled(true);
    m_leadList->setObjectName(QStringLiteral("leadListWidget"));
    m_titleEdit->setObjectName(QStringLiteral("caseTitleEdit"));
    m_titleEdit->setPlaceholderText(tr("empty: named after the first subject"));

    auto* intro =
        new QLabel(tr("Leads that carry a 立案审查 disposition or an approved preliminary verification can be "
                      "filed as a case. The case number comes from the numbering registry."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Lead:"), m_leadEdit);
    auto* listLabel = new QLabel(tr("&Eligible leads:"));
    listLabel->setBuddy(m_leadList);
    form->addRow(listLabel, m_leadList);
    form->addRow(tr("Case &title:"), m_titleEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("fileCaseButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FileCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_leadEdit, &QLineEdit::textEdited, this, &FileCaseDialog::findLeads);
    connect(m_leadList, &QListWidget::itemDoubleClicked, this, &FileCaseDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(560, 460);
    findLeads();
}

void FileCaseDialog::setLead(const QString& leadUidOrNumber)
{
    m_leadEdit->setText(leadUidOrNumber);
    findLeads();
}

void FileCaseDialog::findLeads()
{
    m_leadList->clear();
    if (!m_session.can(access::Permission::ViewLeads))
        return;
    leads::LeadFilter filter;
    filter.number = m_leadEdit->text().trimmed();
    filter.limit = 200;
    auto rows = leads::LeadService(m_session).list(filter);
    if (!rows.ok())
        return;
    const QString fileCase = leads::dispositionKey(leads::Disposition::FileCase);
    const QString verification = leads::dispositionKey(leads::Disposition::PreliminaryVerification);
    for (const leads::LeadRow& row : rows.value()) {
        if (row.disposition != fileCase && row.disposition != verification)
            continue;
        auto* item =
            new QListWidgetItem(tr("%1 — %2 (%3)").arg(row.number, row.subjects, row.summary.left(40)), m_leadList);
        item->setData(Qt::UserRole, row.uid);
        item->setToolTip(row.summary);
    }
    if (m_leadList->count() > 0)
        m_leadList->setCurrentRow(0);
}

QString FileCaseDialog::chosenLeadUid() const
{
    if (const QListWidgetItem* item = m_leadList->currentItem())
        return item->data(Qt::UserRole).toString();
    return m_leadEdit->text().trimmed();
}

void FileCaseDialog::accept()
{
    const QString leadUid = chosenLeadUid();
    if (leadUid.isEmpty()) {
        m_errorLabel->setText(tr("Choose the lead to open the case from.").toHtmlEscaped());
        m_errorLabel->show();
        m_leadEdit->setFocus();
        return;
    }
    auto opened = cases::CaseService(m_session).fileCase(leadUid, m_titleEdit->text().trimmed());
    if (!opened.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(opened.error()));
        m_errorLabel->show();
        return;
    }
    m_caseUid = opened->uid;
    QDialog::accept();
}

} // namespace qf::ui
