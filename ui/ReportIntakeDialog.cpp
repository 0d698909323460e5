#include "ReportIntakeDialog.h"

#include "BusyCursor.h"
#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "SubjectsTableWidget.h"
#include "intake/ReportService.h"
#include "people/IdNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
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

namespace {
QLabel* problemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; }"));
    label->hide();
    return label;
}
} // namespace

ReportIntakeDialog::ReportIntakeDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_allegations(CategoryList::load(session, QStringLiteral("allegation"))),
      m_sectors(CategoryList::load(session, QStringLiteral("sector"))),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("errorLabel"))), m_channelCombo(new QComboBox),
      m_receivedEdit(new QDateEdit(QDate::currentDate())), m_realNameCheck(new QCheckBox(tr("&Real-name report"))),
      m_reporterNameEdit(new QLineEdit), m_reporterIdEdit(new QLineEdit), m_reporterPhoneEdit(new QLineEdit),
      m_reporterAddressEdit(new QLineEdit), m_reporterUnitEdit(new QLineEdit),
      m_reporterIdProblemLabel(problemLabel(QStringLiteral("reporterIdProblemLabel"))),
      m_subjectsTable(new SubjectsTableWidget(CategoryList::load(session, QStringLiteral("cadre_level")))),
      m_addSubjectButton(new QPushButton(tr("&Add subject"))),
      m_removeSubjectButton(new QPushButton(tr("Remo&ve subject"))),
      m_subjectProblemsLabel(problemLabel(QStringLiteral("subjectProblemsLabel"))), m_allegationList(new QListWidget),
      m_sectorCombo(new QComboBox), m_summaryEdit(new QPlainTextEdit), m_saveButton(new QPushButton(tr("&Save"))),
      m_cancelButton(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("reportIntakeDialog"));
    setWindowTitle(tr("Register report"));

    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    for (intake::Channel channel : intake::allChannels())
        m_channelCombo->addItem(intake::channelDisplayName(channel), intake::channelKey(channel));
    m_receivedEdit->setObjectName(QStringLiteral("receivedDateEdit"));
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setMaximumDate(QDate::currentDate());
    m_receivedEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_realNameCheck->setObjectName(QStringLiteral("realNameCheckBox"));
    m_reporterNameEdit->setObjectName(QStringLiteral("reporterNameLineEdit"));
    m_reporterIdEdit->setObjectName(QStringLiteral("reporterIdLineEdit"));
    m_reporterIdEdit->setMaxLength(18);
    m_reporterPhoneEdit->setObjectName(QStringLiteral("reporterPhoneLineEdit"));
    m_reporterAddressEdit->setObjectName(QStringLiteral("reporterAddressLineEdit"));
    m_reporterUnitEdit->setObjectName(QStringLiteral("reporterUnitLineEdit"));
    m_subjectsTable->attachRowButtons(this, m_addSubjectButton, m_removeSubjectButton);
    m_allegationList->setObjectName(QStringLiteral("allegationListWidget"));
    m_allegationList->setAccessibleName(tr("Allegations"));
    for (const storage::Category& category : m_allegations.entries()) {
        auto* item = new QListWidgetItem(category.label, m_allegationList);
        item->setData(Qt::UserRole, category.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_allegationList->setMaximumHeight(150);
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    m_sectors.fill(m_sectorCombo, tr("(not given)"));
    m_summaryEdit->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setPlaceholderText(tr("What the report alleges, in the reporter's terms."));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setToolTip(tr("Save the report (Ctrl+Enter)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    // Enter in a field must not save half a letter; only Ctrl+Enter does.
    for (QPushButton* button : {m_saveButton, m_cancelButton, m_addSubjectButton, m_removeSubjectButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* headerForm = new QFormLayout;
    headerForm->addRow(tr("&Channel:"), m_channelCombo);
    headerForm->addRow(tr("Recei&ved on:"), m_receivedEdit);

    auto* reporterBox = new QGroupBox(tr("Reporter (protected: stored apart and masked)"));
    auto* reporterForm = new QFormLayout(reporterBox);
    reporterForm->addRow(m_realNameCheck);
    reporterForm->addRow(tr("&Name:"), m_reporterNameEdit);
    reporterForm->addRow(tr("&ID number:"), m_reporterIdEdit);
    reporterForm->addRow(QString(), m_reporterIdProblemLabel);
    reporterForm->addRow(tr("&Phone:"), m_reporterPhoneEdit);
    reporterForm->addRow(tr("A&ddress:"), m_reporterAddressEdit);
    reporterForm->addRow(tr("&Work unit:"), m_reporterUnitEdit);

    auto* subjectsBox = new QGroupBox(tr("Subjects"));
    auto* subjectsLayout = new QVBoxLayout(subjectsBox);
    subjectsLayout->addWidget(m_subjectsTable);
    subjectsLayout->addWidget(m_subjectProblemsLabel);
    auto* subjectButtons = new QHBoxLayout;
    auto* subjectHint = new QLabel(tr("Tab moves between cells; Ctrl+N adds a row, Ctrl+Delete removes it."));
    subjectHint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    subjectButtons->addWidget(subjectHint, 1);
    subjectButtons->addWidget(m_addSubjectButton);
    subjectButtons->addWidget(m_removeSubjectButton);
    subjectsLayout->addLayout(subjectButtons);

    auto* allegationLabel = new QLabel(tr("A&llegations:"));
    allegationLabel->setBuddy(m_allegationList);
    auto* sectorLabel = new QLabel(tr("Sec&tor:"));
    sectorLabel->setBuddy(m_sectorCombo);
    auto* summaryLabel = new QLabel(tr("Su&mmary:"));
    summaryLabel->setBuddy(m_summaryEdit);
    auto* matterGrid = new QGridLayout;
    matterGrid->addWidget(allegationLabel, 0, 0, Qt::AlignTop);
    matterGrid->addWidget(m_allegationList, 0, 1);
    matterGrid->addWidget(sectorLabel, 1, 0);
    matterGrid->addWidget(m_sectorCombo, 1, 1);
    matterGrid->addWidget(summaryLabel, 2, 0, Qt::AlignTop);
    matterGrid->addWidget(m_summaryEdit, 2, 1);
    matterGrid->setColumnStretch(1, 1);

    auto* left = new QVBoxLayout;
    left->addLayout(headerForm);
    left->addWidget(reporterBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(subjectsBox, 1);
    right->addLayout(matterGrid, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    auto* buttons = new QHBoxLayout;
    auto* saveHint = new QLabel(tr("Ctrl+Enter saves."));
    buttons->addWidget(saveHint);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    // Reading order of a letter; the buttons come last.
    QWidget* order[] = {m_channelCombo,   m_receivedEdit,      m_realNameCheck,       m_reporterNameEdit,
                        m_reporterIdEdit, m_reporterPhoneEdit, m_reporterAddressEdit, m_reporterUnitEdit,
                        m_subjectsTable,  m_allegationList,    m_sectorCombo,         m_summaryEdit,
                        m_saveButton,     m_cancelButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    buildShortcuts();
    connect(m_realNameCheck, &QCheckBox::toggled, this, &ReportIntakeDialog::updateReporterFields);
    connect(m_reporterIdEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString number = people::normaliseIdNumber(text);
        const people::IdNumberCheck check = people::checkIdNumber(number);
        const bool bad = number.size() >= 18 && !check.valid;
        m_reporterIdProblemLabel->setText(bad ? check.problem : QString());
        m_reporterIdProblemLabel->setVisible(bad);
    });
    connect(m_subjectsTable, &SubjectsTableWidget::idNumberProblemsChanged, this, &ReportIntakeDialog::showIdProblems);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportIntakeDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    m_subjectsTable->setSubjects({});
    updateReporterFields();
    m_channelCombo->setFocus();
    resize(1080, 640);
}

void ReportIntakeDialog::buildShortcuts()
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ReportIntakeDialog::save);
    }
}

void ReportIntakeDialog::updateReporterFields()
{
    const bool on = m_realNameCheck->isChecked();
    for (QLineEdit* edit :
         {m_reporterNameEdit, m_reporterIdEdit, m_reporterPhoneEdit, m_reporterAddressEdit, m_reporterUnitEdit})
        edit->setEnabled(on);
}

void ReportIntakeDialog::showIdProblems(const QStringList& problems)
{
    m_subjectProblemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_subjectProblemsLabel->setVisible(!problems.isEmpty());
}

void ReportIntakeDialog::showError(const QString& html)
{
    m_errorLabel->setText(html);
    m_errorLabel->setVisible(!html.isEmpty());
}

intake::ReportDraft ReportIntakeDialog::draft() const
{
    intake::ReportDraft draft;
    draft.channel = intake::channelFromKey(m_channelCombo->currentData().toString()).value_or(intake::Channel::Other);
    draft.receivedDate = m_receivedEdit->date();
    draft.realName = m_realNameCheck->isChecked();
    if (draft.realName) {
        draft.reporter.name = m_reporterNameEdit->text().trimmed();
        draft.reporter.idNumber = people::normaliseIdNumber(m_reporterIdEdit->text());
        draft.reporter.phone = m_reporterPhoneEdit->text().trimmed();
        draft.reporter.address = m_reporterAddressEdit->text().trimmed();
        draft.reporter.workUnit = m_reporterUnitEdit->text().trimmed();
    }
    draft.subjects = m_subjectsTable->subjects();
    for (int row = 0; row < m_allegationList->count(); ++row) {
        const QListWidgetItem* item = m_allegationList->item(row);
        if (item->checkState() == Qt::Checked)
            draft.allegations << item->data(Qt::UserRole).toString();
    }
    draft.sector = m_sectorCombo->currentData().toString();
    draft.summary = m_summaryEdit->toPlainText().trimmed();
    return draft;
}

void ReportIntakeDialog::setDraft(const intake::ReportDraft& draft)
{
    m_channelCombo->setCurrentIndex(qMax(0, m_channelCombo->findData(intake::channelKey(draft.channel))));
    if (draft.receivedDate.isValid())
        m_receivedEdit->setDate(draft.receivedDate);
    m_realNameCheck->setChecked(draft.realName);
    m_reporterNameEdit->setText(draft.reporter.name);
    m_reporterIdEdit->setText(draft.reporter.idNumber);
    m_reporterPhoneEdit->setText(draft.reporter.phone);
    m_reporterAddressEdit->setText(draft.reporter.address);
    m_reporterUnitEdit->setText(draft.reporter.workUnit);
    m_subjectsTable->setSubjects(draft.subjects);
    for (int row = 0; row < m_allegationList->count(); ++row) {
        QListWidgetItem* item = m_allegationList->item(row);
        item->setCheckState(draft.allegations.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_sectorCombo->setCurrentIndex(qMax(0, m_sectorCombo->findData(draft.sector)));
    m_summaryEdit->setPlainText(draft.summary);
}

void ReportIntakeDialog::save()
{
    m_subjectsTable->commitPendingEdit();
    const intake::ReportDraft typed = draft();
    auto registered = [&] {
        BusyCursor busy;
        return intake::ReportService(m_session).registerReport(typed);
    }();
    if (!registered.ok()) {
        showError(ErrorMessages::describe(registered.error()));
        return;
    }
    showError({});
    m_registration = registered.value();
    accept();
}

} // namespace qf::ui
