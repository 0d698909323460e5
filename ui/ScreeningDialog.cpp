#include "ScreeningDialog.h"

#include "CaseTerms.h"
#include "CategoryList.h"
#include "ErrorMessages.h"
#include "intake/ReportService.h"
#include "leads/LeadService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace qf::ui {

ScreeningDialog::ScreeningDialog(access::Session& session, const intake::Report& report, QWidget* parent)
    : QDialog(parent), m_session(session), m_report(report),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("errorLabel"))), m_outcomeCombo(new QComboBox),
      m_outcomeStack(new QStackedWidget), m_reasonEdit(new QPlainTextEdit), m_saveButton(new QPushButton(tr("&Record")))
{
    setObjectName(QStringLiteral("screeningDialog"));
    setWindowTitle(tr("Screen report"));

    auto* about = new QLabel;
    about->setObjectName(QStringLiteral("reportAboutLabel"));
    about->setWordWrap(true);
    QStringList names;
    for (const people::Person& subject : report.subjects)
        names << subject.name;
    about->setText(tr("%1, received %2. Subjects: %3.\n%4")
                       .arg(intake::channelDisplayName(report.channel), CaseTerms::date(report.receivedDate),
                            names.isEmpty() ? tr("none named") : names.join(tr(", ")), report.summary.left(240)));

    m_outcomeCombo->setObjectName(QStringLiteral("outcomeComboBox"));
    const std::pair<intake::Screening, QString> outcomes[] = {
        {intake::Screening::NewLead, tr("Register as a new lead")},
        {intake::Screening::Attached, tr("Attach to an existing lead")},
        {intake::Screening::Forwarded, tr("Forward to the agency with jurisdiction")},
        {intake::Screening::Filed, tr("File for reference")},
    };
    for (const auto& [outcome, text] : outcomes)
        m_outcomeCombo->addItem(text, intake::screeningKey(outcome));
    m_outcomeStack->setObjectName(QStringLiteral("outcomeStackedWidget"));
    m_outcomeStack->addWidget(buildNewLeadPage());
    m_outcomeStack->addWidget(buildAttachPage());
    m_outcomeStack->addWidget(buildForwardPage());
    auto* filedPage = new QLabel(tr("The report is kept for reference; no lead is opened."));
    filedPage->setWordWrap(true);
    m_outcomeStack->addWidget(filedPage);

    m_reasonEdit->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Required: why this outcome."));
    m_reasonEdit->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcomeCombo);
    form->addRow(m_outcomeStack);
    form->addRow(tr("R&eason:"), m_reasonEdit);

    m_saveButton->setObjectName(QStringLiteral("recordPushButton"));
    auto* buttons = new QDialogButtonBox;
    // An action button, not the dialog's default: Enter in the lead-number field looks leads up and must not also
    // record the screening. Ctrl+Return records.
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    m_saveButton->setAutoDefault(false);
    m_saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_errorLabel);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, m_outcomeStack, &QStackedWidget::setCurrentIndex);
    connect(m_saveButton, &QPushButton::clicked, this, &ScreeningDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadDuplicates();
    // A suggested duplicate makes attaching the likely outcome.
    if (m_candidateList->count() > 0 && m_candidateList->item(0)->data(Qt::UserRole).isValid())
        m_outcomeCombo->setCurrentIndex(1);
    resize(640, 520);
}

QWidget* ScreeningDialog::buildNewLeadPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    CategoryList::load(m_session, QStringLiteral("lead_source")).fill(m_sourceCombo);
    m_sourceCombo->setCurrentIndex(qMax(0, m_sourceCombo->findData(QStringLiteral("report"))));
    m_allegationCombo = new QComboBox;
    m_allegationCombo->setObjectName(QStringLiteral("allegationComboBox"));
    CategoryList::load(m_session, QStringLiteral("allegation")).fill(m_allegationCombo);
    if (!m_report.allegations.isEmpty())
        m_allegationCombo->setCurrentIndex(qMax(0, m_allegationCombo->findData(m_report.allegations.first())));
    m_cadreLevelCombo = new QComboBox;
    m_cadreLevelCombo->setObjectName(QStringLiteral("cadreLevelComboBox"));
    CategoryList::load(m_session, QStringLiteral("cadre_level")).fill(m_cadreLevelCombo);
    if (!m_report.subjects.isEmpty())
        m_cadreLevelCombo->setCurrentIndex(qMax(0, m_cadreLevelCombo->findData(m_report.subjects.first().cadreLevel)));
    m_confidentialityCombo = new QComboBox;
    m_confidentialityCombo->setObjectName(QStringLiteral("confidentialityComboBox"));
    for (auto level : {access::ConfidentialityLevel::Internal, access::ConfidentialityLevel::Secret,
                       access::ConfidentialityLevel::Confidential, access::ConfidentialityLevel::TopSecret})
        m_confidentialityCombo->addItem(access::confidentialityDisplayName(level), static_cast<int>(level));
    form->addRow(tr("&Source:"), m_sourceCombo);
    form->addRow(tr("&Allegation:"), m_allegationCombo);
    form->addRow(tr("&Jurisdiction (cadre level):"), m_cadreLevelCombo);
    form->addRow(tr("Confidential&ity:"), m_confidentialityCombo);
    return page;
}

QWidget* ScreeningDialog::buildAttachPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_candidateList = new QListWidget;
    m_candidateList->setObjectName(QStringLiteral("candidateListWidget"));
    m_candidateList->setAccessibleName(tr("Leads to attach to"));
    m_leadNumberEdit = new QLineEdit;
    m_leadNumberEdit->setObjectName(QStringLiteral("leadNumberLineEdit"));
    m_leadNumberEdit->setPlaceholderText(tr("Another lead: type the start of its number and press Enter"));
    auto* label = new QLabel(tr("Possible &duplicates (by ID number, or name and unit):"));
    label->setBuddy(m_candidateList);
    layout->addWidget(label);
    layout->addWidget(m_candidateList, 1);
    layout->addWidget(m_leadNumberEdit);
    connect(m_leadNumberEdit, &QLineEdit::returnPressed, this, &ScreeningDialog::findLeadsByNumber);
    return page;
}

QWidget* ScreeningDialog::buildForwardPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_agencyEdit = new QLineEdit;
    m_agencyEdit->setObjectName(QStringLiteral("agencyLineEdit"));
    m_materialsEdit = new QPlainTextEdit;
    m_materialsEdit->setObjectName(QStringLiteral("materialsPlainTextEdit"));
    m_materialsEdit->setTabChangesFocus(true);
    m_materialsEdit->setMaximumHeight(80);
    m_feedbackDueEdit = new QDateEdit(QDate::currentDate().addDays(30));
    m_feedbackDueEdit->setObjectName(QStringLiteral("feedbackDueDateEdit"));
    m_feedbackDueEdit->setCalendarPopup(true);
    m_feedbackDueEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_feedbackDueEdit->setMinimumDate(QDate::currentDate());
    form->addRow(tr("A&gency:"), m_agencyEdit);
    form->addRow(tr("&Materials:"), m_materialsEdit);
    form->addRow(tr("&Feedback due:"), m_feedbackDueEdit);
    return page;
}

void ScreeningDialog::loadDuplicates()
{
    m_candidateList->clear();
    auto candidates = intake::ReportService(m_session).possibleDuplicates(m_report.subjects);
    if (!candidates.ok()) {
        m_candidateList->addItem(candidates.message());
        return;
    }
    for (const intake::DuplicateCandidate& candidate : candidates.value()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(candidate.leadNumber, candidate.subjectName, candidate.why), m_candidateList);
        item->setData(Qt::UserRole, candidate.leadUid);
    }
    if (m_candidateList->count() == 0) {
        auto* none = new QListWidgetItem(tr("No possible duplicate was found."), m_candidateList);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_candidateList->setCurrentRow(0);
    }
}

void ScreeningDialog::findLeadsByNumber()
{
    leads::LeadFilter filter;
    filter.number = m_leadNumberEdit->text().trimmed();
    filter.limit = 20;
    if (filter.number.isEmpty())
        return;
    auto found = leads::LeadService(m_session).list(filter);
    if (!found.ok()) {
        showError(ErrorMessages::describe(found.error()));
        return;
    }
    m_candidateList->clear();
    for (const leads::LeadRow& row : found.value()) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(row.number, row.subjects), m_candidateList);
        item->setData(Qt::UserRole, row.uid);
    }
    if (m_candidateList->count() > 0) {
        m_candidateList->setCurrentRow(0);
        m_candidateList->setFocus();
    }
}

void ScreeningDialog::showError(const QString& html)
{
    m_errorLabel->setText(html);
    m_errorLabel->setVisible(!html.isEmpty());
}

void ScreeningDialog::save()
{
    intake::ScreeningDecision decision;
    decision.outcome =
        intake::screeningFromKey(m_outcomeCombo->currentData().toString()).value_or(intake::Screening::Filed);
    decision.reason = m_reasonEdit->toPlainText().trimmed();
    if (decision.reason.isEmpty()) {
        showError(ErrorMessages::describe({ErrorCode::Invalid, tr("Give the reason for this outcome.")}));
        m_reasonEdit->setFocus();
        return;
    }
    switch (decision.outcome) {
    case intake::Screening::NewLead:
        decision.newLead.source = m_sourceCombo->currentData().toString();
        decision.newLead.allegation = m_allegationCombo->currentData().toString();
        decision.newLead.sector = m_report.sector;
        decision.newLead.cadreLevel = m_cadreLevelCombo->currentData().toString();
        decision.newLead.confidentiality =
            static_cast<access::ConfidentialityLevel>(m_confidentialityCombo->currentData().toInt());
        break;
    case intake::Screening::Attached: {
        const QListWidgetItem* item = m_candidateList->currentItem();
        decision.attachToLeadUid = item ? item->data(Qt::UserRole).toString() : QString();
        if (decision.attachToLeadUid.isEmpty()) {
            showError(ErrorMessages::describe({ErrorCode::Invalid, tr("Choose the lead to attach the report to.")}));
            m_candidateList->setFocus();
            return;
        }
        break;
    }
    case intake::Screening::Forwarded:
        decision.forwardAgency = m_agencyEdit->text().trimmed();
        decision.forwardMaterials = m_materialsEdit->toPlainText().trimmed();
        decision.forwardFeedbackDue = m_feedbackDueEdit->date();
        break;
    case intake::Screening::Pending:
    case intake::Screening::Filed:
        break;
    }
    auto screened = intake::ReportService(m_session).screen(m_report.uid, decision);
    if (!screened.ok()) {
        showError(ErrorMessages::describe(screened.error()));
        return;
    }
    m_resultUid = screened.value();
    accept();
}

} // namespace qf::ui
