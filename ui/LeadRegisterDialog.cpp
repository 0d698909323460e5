#include "LeadRegisterDialog.h"

#include "CategoryList.h"
#include "ErrorMessages.h"
#include "SubjectsTableWidget.h"
#include "access/Session.h"
#include "cases/CaseService.h"
#include "leads/LeadService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace qf::ui {

LeadRegisterDialog::LeadRegisterDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_errorLabel(ErrorMessages::createBanner(QStringLiteral("errorLabel"))),
      m_sourceCombo(new QComboBox), m_allegationCombo(new QComboBox), m_sectorCombo(new QComboBox),
      m_cadreLevelCombo(new QComboBox), m_confidentialityCombo(new QComboBox), m_summaryEdit(new QPlainTextEdit),
      m_subjectsTable(new SubjectsTableWidget(CategoryList::load(session, QStringLiteral("cadre_level")))),
      m_addSubjectButton(new QPushButton(tr("Add su&bject"))),
      m_removeSubjectButton(new QPushButton(tr("Remo&ve subject"))), m_caseNumberEdit(new QLineEdit),
      m_lookUpButton(new QPushButton(tr("Look &up"))), m_caseLabel(new QLabel), m_staffList(new QListWidget),
      m_saveButton(new QPushButton(tr("&Save"))), m_cancelButton(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("leadRegisterDialog"));
    setWindowTitle(tr("Register lead"));

    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    CategoryList::load(session, QStringLiteral("lead_source")).fill(m_sourceCombo);
    m_allegationCombo->setObjectName(QStringLiteral("allegationComboBox"));
    CategoryList::load(session, QStringLiteral("allegation")).fill(m_allegationCombo, tr("(not given)"));
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    CategoryList::load(session, QStringLiteral("sector")).fill(m_sectorCombo, tr("(not given)"));
    m_cadreLevelCombo->setObjectName(QStringLiteral("cadreLevelComboBox"));
    CategoryList::load(session, QStringLiteral("cadre_level")).fill(m_cadreLevelCombo, tr("(not given)"));
    m_confidentialityCombo->setObjectName(QStringLiteral("confidentialityComboBox"));
    for (auto level : {access::ConfidentialityLevel::Internal, access::ConfidentialityLevel::Secret,
                       access::ConfidentialityLevel::Confidential, access::ConfidentialityLevel::TopSecret})
        m_confidentialityCombo->addItem(access::confidentialityDisplayName(level), static_cast<int>(level));
    m_summaryEdit->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setPlaceholderText(tr("What the lead alleges."));
    m_summaryEdit->setMaximumHeight(120);
    m_subjectsTable->attachRowButtons(this, m_addSubjectButton, m_removeSubjectButton);
    m_caseNumberEdit->setObjectName(QStringLiteral("caseNumberLineEdit"));
    m_caseNumberEdit->setPlaceholderText(tr("Optional: the case number, then Enter"));
    m_lookUpButton->setObjectName(QStringLiteral("lookUpCasePushButton"));
    m_caseLabel->setObjectName(QStringLiteral("foundInCaseLabel"));
    m_caseLabel->setWordWrap(true);
    m_caseLabel->setText(tr("Not linked to a case."));
    m_staffList->setObjectName(QStringLiteral("staffListWidget"));
    m_staffList->setAccessibleName(tr("Assigned staff"));
    m_staffList->setMaximumHeight(120);
    if (auto staff = leads::LeadService(session).assignableStaff(); staff.ok()) {
        for (const leads::StaffMember& member : staff.value()) {
            const QString text = member.displayName.isEmpty() || member.displayName == member.login
                                     ? member.login
                                     : tr("%1 (%2)").arg(member.displayName, member.login);
            auto* item = new QListWidgetItem(text, m_staffList);
            item->setData(Qt::UserRole, member.login);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool self = member.login.compare(session.login(), Qt::CaseInsensitive) == 0;
            item->setCheckState(self ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setToolTip(tr("Register the lead (Ctrl+Enter)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    for (QPushButton* button :
         {m_saveButton, m_cancelButton, m_addSubjectButton, m_removeSubjectButton, m_lookUpButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("S&ource:"), m_sourceCombo);
    form->addRow(tr("&Allegation:"), m_allegationCombo);
    form->addRow(tr("Sec&tor:"), m_sectorCombo);
    form->addRow(tr("&Jurisdiction (cadre level):"), m_cadreLevelCombo);
    form->addRow(tr("Confidential&ity:"), m_confidentialityCombo);
    form->addRow(tr("Su&mmary:"), m_summaryEdit);
    auto* caseRow = new QHBoxLayout;
    caseRow->addWidget(m_caseNumberEdit, 1);
    caseRow->addWidget(m_lookUpButton);
    form->addRow(tr("Found while handling &case:"), caseRow);
    form->addRow(QString(), m_caseLabel);
    form->addRow(tr("Assigned sta&ff:"), m_staffList);

    auto* subjectsBox = new QGroupBox(tr("Subjects"));
    auto* subjectsLayout = new QVBoxLayout(subjectsBox);
    subjectsLayout->addWidget(m_subjectsTable);
    auto* subjectButtons = new QHBoxLayout;
    auto* subjectHint = new QLabel(tr("Tab moves between cells; Ctrl+N adds a row, Ctrl+Delete removes it."));
    subjectHint->setForegroundRole(QPalette::PlaceholderText);
    subjectButtons->addWidget(subjectHint, 1);
    subjectButtons->addWidget(m_addSubjectButton);
    subjectButtons->addWidget(m_removeSubjectButton);
    subjectsLayout->addLayout(subjectButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Ctrl+Enter saves.")));
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addLayout(form);
    layout->addWidget(subjectsBox, 1);
    layout->addLayout(buttons);

    QWidget* order[] = {m_sourceCombo, m_allegationCombo, m_sectorCombo,  m_cadreLevelCombo, m_confidentialityCombo,
                        m_summaryEdit, m_caseNumberEdit,  m_lookUpButton, m_staffList,       m_subjectsTable,
                        m_saveButton,  m_cancelButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &LeadRegisterDialog::save);
    }
    connect(m_caseNumberEdit, &QLineEdit::returnPressed, this, &LeadRegisterDialog::lookUpCase);
    connect(m_caseNumberEdit, &QLineEdit::textEdited, this, [this] {
        m_foundInCaseUid.clear();
        m_caseLabel->setText(tr("Not linked to a case."));
    });
    connect(m_lookUpButton, &QPushButton::clicked, this, &LeadRegisterDialog::lookUpCase);
    connect(m_saveButton, &QPushButton::clicked, this, &LeadRegisterDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    m_subjectsTable->setSubjects({});
    m_sourceCombo->setFocus();
    resize(820, 720);
}

void LeadRegisterDialog::showError(const QString& html)
{
    m_errorLabel->setText(html);
    m_errorLabel->setVisible(!html.isEmpty());
}

void LeadRegisterDialog::lookUpCase()
{
    m_foundInCaseUid.clear();
    const QString number = m_caseNumberEdit->text().trimmed();
    if (number.isEmpty()) {
        m_caseLabel->setText(tr("Not linked to a case."));
        return;
    }
    auto found = cases::CaseService(m_session).findByNumber(number);
    if (!found.ok()) {
        m_caseLabel->setText(tr("No case %1 that you may see: %2").arg(number, found.message()));
        return;
    }
    m_foundInCaseUid = found->uid;
    m_caseLabel->setText(tr("Found in case %1 — %2").arg(found->number, found->title));
}

leads::LeadDraft LeadRegisterDialog::draft() const
{
    leads::LeadDraft draft;
    draft.source = m_sourceCombo->currentData().toString();
    draft.allegation = m_allegationCombo->currentData().toString();
    draft.sector = m_sectorCombo->currentData().toString();
    draft.cadreLevel = m_cadreLevelCombo->currentData().toString();
    draft.confidentiality = static_cast<access::ConfidentialityLevel>(m_confidentialityCombo->currentData().toInt());
    draft.summary = m_summaryEdit->toPlainText().trimmed();
    draft.subjects = m_subjectsTable->subjects();
    draft.foundInCaseUid = m_foundInCaseUid;
    for (int row = 0; row < m_staffList->count(); ++row) {
        const QListWidgetItem* item = m_staffList->item(row);
        if (item->checkState() == Qt::Checked)
            draft.assignedLogins << item->data(Qt::UserRole).toString();
    }
    return draft;
}

void LeadRegisterDialog::save()
{
    m_subjectsTable->commitPendingEdit();
    if (!m_caseNumberEdit->text().trimmed().isEmpty() && m_foundInCaseUid.isEmpty()) {
        lookUpCase();
        if (m_foundInCaseUid.isEmpty()) {
            showError(tr("The case number was not found; correct it or clear it."));
            m_caseNumberEdit->setFocus();
            return;
        }
    }
    const QStringList problems = m_subjectsTable->idNumberProblems();
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_subjectsTable->setFocus();
        return;
    }
    auto lead = leads::LeadService(m_session).registerLead(draft());
    if (!lead.ok()) {
        showError(ErrorMessages::describe(lead.error()));
        return;
    }
    m_registered = lead.value();
    showError({});
    accept();
}

} // namespace qf::ui
