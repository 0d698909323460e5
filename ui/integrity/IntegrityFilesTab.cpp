#include "IntegrityFilesTab.h"

#include "CaseTerms.h"
#include "CategoryList.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "IntegrityWidgets.h"
#include "people/IntegrityFileService.h"
#include "people/Masking.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

using integrity::addRow;
using integrity::makeButton;
using integrity::makeTable;
using integrity::selectedKey;

using people::HistoryItem;
using people::IntegrityFileService;

namespace {

QString kindText(HistoryItem::Kind kind)
{
    switch (kind) {
    case HistoryItem::Kind::Report:
        return IntegrityFilesTab::tr("Report");
    case HistoryItem::Kind::Lead:
        return IntegrityFilesTab::tr("Lead");
    case HistoryItem::Kind::Case:
        return IntegrityFilesTab::tr("Case");
    case HistoryItem::Kind::Sanction:
        return IntegrityFilesTab::tr("Sanction");
    case HistoryItem::Kind::OrganizationalMeasure:
        return IntegrityFilesTab::tr("Organizational measure");
    }
    return {};
}

} // namespace

IntegrityFilesTab::IntegrityFilesTab(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_searchEdit(new QLineEdit),
      m_files(makeTable(QStringLiteral("integrityFilesTable"),
                        {tr("Name"), tr("ID number"), tr("Unit"), tr("Position"), tr("Cadre level")})),
      m_summaryLabel(new QLabel), m_matters(makeTable(QStringLiteral("personalMattersTable"),
                                                      {tr("Year"), tr("Family members"), tr("Real estate"),
                                                       tr("Investments"), tr("Relatives abroad"), tr("Passports")})),
      m_flags(makeTable(QStringLiteral("anomalyFlagsTable"),
                        {tr("Anomaly"), tr("Description"), tr("Raised by"), tr("Lead")})),
      m_history(makeTable(QStringLiteral("integrityHistoryTable"),
                          {tr("Date"), tr("Kind"), tr("Number"), tr("State"), tr("Summary")})),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("integrityFileErrorLabel"))),
      m_openButton(makeButton(tr("&Open a file…"), QStringLiteral("openIntegrityFileButton"))),
      m_mattersButton(makeButton(tr("&Personal-matters report…"), QStringLiteral("personalMattersButton"))),
      m_flagButton(makeButton(tr("Raise an &anomaly…"), QStringLiteral("raiseAnomalyButton"))),
      m_leadButton(makeButton(tr("Turn into a &lead"), QStringLiteral("anomalyLeadButton")))
{
    m_searchEdit->setObjectName(QStringLiteral("integritySearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, unit or ID number"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &IntegrityFilesTab::reload);
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &IntegrityFilesTab::fileChosen);
    connect(m_flags, &QTableWidget::itemSelectionChanged, this, &IntegrityFilesTab::updateButtons);
    connect(m_openButton, &QPushButton::clicked, this, &IntegrityFilesTab::openFile);
    connect(m_mattersButton, &QPushButton::clicked, this, &IntegrityFilesTab::recordPersonalMatters);
    connect(m_flagButton, &QPushButton::clicked, this, &IntegrityFilesTab::raiseFlag);
    connect(m_leadButton, &QPushButton::clicked, this, &IntegrityFilesTab::turnIntoLead);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_openButton);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_files);

    auto* details = new QTabWidget;
    details->setObjectName(QStringLiteral("integrityFileTabs"));
    details->addTab(m_history, tr("History"));
    details->addTab(m_matters, tr("Personal-matters reports"));
    details->addTab(m_flags, tr("Anomalies"));
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel->setObjectName(QStringLiteral("integrityFileSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    rightLayout->addWidget(m_summaryLabel);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_mattersButton, m_flagButton, m_leadButton})
        buttons->addWidget(button);
    buttons->addStretch();
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(details);

    integrity::layOutTab(this, m_errorLabel, left, right, Qt::Horizontal);
    updateButtons();
}

bool IntegrityFilesTab::report(const Status& status)
{
    m_errorLabel->setVisible(!status.ok());
    if (!status.ok())
        m_errorLabel->setText(ErrorMessages::describe(status.error()));
    return status.ok();
}

void IntegrityFilesTab::clear()
{
    m_fileUid.clear();
    m_searchEdit->clear();
    for (QTableWidget* table : {m_files, m_matters, m_flags, m_history})
        table->setRowCount(0);
    m_summaryLabel->clear();
    updateButtons();
}

void IntegrityFilesTab::reload()
{
    auto files = IntegrityFileService(m_session).search(m_searchEdit->text());
    if (!report(files.ok() ? Status() : Status(files.error())))
        return;
    const QString keep = m_fileUid;
    const CategoryList levels = CategoryList::load(m_session, QStringLiteral("cadre_level"));
    {
        const QSignalBlocker block(m_files);
        m_files->setRowCount(0);
        for (const people::IntegrityFile& file : files.value())
            addRow(m_files,
                   {file.person.name, people::maskIdNumber(file.person.idNumber), file.unit, file.position,
                    levels.label(file.cadreLevel)},
                   file.uid);
    }
    if (keep.isEmpty() || !selectFile(keep)) {
        m_fileUid.clear();
        showFile();
    }
}

bool IntegrityFilesTab::selectFile(const QString& uid)
{
    if (!integrity::selectKey(m_files, uid))
        return false;
    fileChosen();
    return true;
}

void IntegrityFilesTab::fileChosen()
{
    m_fileUid = selectedKey(m_files);
    showFile();
}

void IntegrityFilesTab::showFile()
{
    for (QTableWidget* table : {m_matters, m_flags, m_history})
        table->setRowCount(0);
    m_summaryLabel->clear();
    if (!m_fileUid.isEmpty()) {
        IntegrityFileService service(m_session);
        auto file = service.file(m_fileUid);
        auto matters = service.personalMatters(m_fileUid);
        auto flags = service.flags(m_fileUid);
        auto history = service.history(m_fileUid);
        for (const Status& status :
             {file.ok() ? Status() : Status(file.error()), matters.ok() ? Status() : Status(matters.error()),
              flags.ok() ? Status() : Status(flags.error()), history.ok() ? Status() : Status(history.error())})
            if (!report(status))
                return;
        m_summaryLabel->setText(tr("%1, %2 %3: %n report(s) received", nullptr, history->reportsReceived())
                                    .arg(file->person.name, file->unit, file->position));
        for (const people::PersonalMattersReport& yearly : matters.value())
            addRow(m_matters, {QString::number(yearly.year), yearly.familyMembers, yearly.realEstate,
                               yearly.investments, yearly.relativesAbroad, yearly.passports});
        for (const people::AnomalyFlag& flag : flags.value())
            addRow(m_flags,
                   {people::anomalyKindDisplayName(flag.kind), flag.description, flag.raisedBy, flag.leadNumber},
                   flag.uid);
        for (const HistoryItem& item : history->items)
            addRow(m_history, {CaseTerms::date(item.date), kindText(item.kind), item.number, item.state, item.summary});
    }
    updateButtons();
}

void IntegrityFilesTab::updateButtons()
{
    const bool manage = m_session.can(access::Permission::ManageLeads);
    const bool chosen = !m_fileUid.isEmpty();
    const auto flag = m_flags->selectionModel()->selectedRows();
    m_openButton->setEnabled(manage);
    m_mattersButton->setEnabled(manage && chosen);
    m_flagButton->setEnabled(manage && chosen);
    m_leadButton->setEnabled(manage && !flag.isEmpty() && m_flags->item(flag.first().row(), 3)->text().isEmpty());
}

void IntegrityFilesTab::openFile()
{
    FormDialog dialog(tr("Open an integrity file"), this);
    QLineEdit* name = dialog.addLine(tr("Name"), QStringLiteral("cadreNameEdit"), true);
    QLineEdit* idNumber = dialog.addLine(tr("ID number"), QStringLiteral("cadreIdNumberEdit"), true);
    QLineEdit* unit = dialog.addLine(tr("Unit"), QStringLiteral("cadreUnitEdit"), true);
    QLineEdit* position = dialog.addLine(tr("Position"), QStringLiteral("cadrePositionEdit"));
    QComboBox* level = dialog.addCombo(tr("Cadre level"), QStringLiteral("cadreLevelCombo"));
    CategoryList::load(m_session, QStringLiteral("cadre_level")).fill(level);
    if (dialog.exec() != QDialog::Accepted)
        return;
    people::Person cadre;
    cadre.name = name->text();
    cadre.idNumber = idNumber->text();
    cadre.unit = unit->text();
    cadre.position = position->text();
    cadre.cadreLevel = level->currentData().toString();
    auto file = IntegrityFileService(m_session).openFile(cadre);
    if (!report(file.ok() ? Status() : Status(file.error())))
        return;
    m_fileUid = file->uid;
    reload();
}

void IntegrityFilesTab::recordPersonalMatters()
{
    FormDialog dialog(tr("Personal-matters report"), this);
    QSpinBox* year = dialog.addSpin(tr("Year"), QStringLiteral("mattersYearSpin"), 1990, QDate::currentDate().year(),
                                    QDate::currentDate().year() - 1);
    QPlainTextEdit* family = dialog.addText(tr("Family members"), QStringLiteral("mattersFamilyEdit"));
    QPlainTextEdit* estate = dialog.addText(tr("Real estate"), QStringLiteral("mattersEstateEdit"));
    QPlainTextEdit* investments = dialog.addText(tr("Investments"), QStringLiteral("mattersInvestmentsEdit"));
    QPlainTextEdit* abroad = dialog.addText(tr("Relatives abroad"), QStringLiteral("mattersAbroadEdit"));
    QPlainTextEdit* passports = dialog.addText(tr("Passports"), QStringLiteral("mattersPassportsEdit"));
    QSpinBox* income =
        dialog.addSpin(tr("Declared yearly income (yuan)"), QStringLiteral("mattersIncomeSpin"), 0, 100000000, 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    people::PersonalMattersReport yearly;
    yearly.year = year->value();
    yearly.familyMembers = family->toPlainText().trimmed();
    yearly.realEstate = estate->toPlainText().trimmed();
    yearly.investments = investments->toPlainText().trimmed();
    yearly.relativesAbroad = abroad->toPlainText().trimmed();
    yearly.passports = passports->toPlainText().trimmed();
    yearly.incomeCents = qint64(income->value()) * 100;
    if (report(IntegrityFileService(m_session).recordPersonalMatters(m_fileUid, yearly)))
        showFile();
}

void IntegrityFilesTab::raiseFlag()
{
    FormDialog dialog(tr("Raise an anomaly"), this);
    QComboBox* kind = dialog.addCombo(tr("Anomaly"), QStringLiteral("anomalyKindCombo"));
    for (people::AnomalyKind value : people::allAnomalyKinds())
        kind->addItem(people::anomalyKindDisplayName(value), int(value));
    QPlainTextEdit* description =
        dialog.addText(tr("What does not fit"), QStringLiteral("anomalyDescriptionEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto flag = IntegrityFileService(m_session).raiseFlag(m_fileUid, people::AnomalyKind(kind->currentData().toInt()),
                                                          description->toPlainText());
    if (report(flag.ok() ? Status() : Status(flag.error())))
        showFile();
}

void IntegrityFilesTab::turnIntoLead()
{
    const auto selected = m_flags->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QString flagUid = m_flags->item(selected.first().row(), 0)->data(Qt::UserRole).toString();
    auto lead = IntegrityFileService(m_session).turnFlagIntoLead(flagUid, {QStringLiteral("other"), {}, {}});
    if (report(lead.ok() ? Status() : Status(lead.error())))
        showFile();
}

} // namespace qf::ui
