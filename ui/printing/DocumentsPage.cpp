#include "printing/DocumentsPage.h"

#include "ErrorMessages.h"
#include "FormDialog.h"
#include "RecordTable.h"
#include "access/Session.h"
#include "cases/CaseService.h"
#include "documents/CaseBindings.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/RecordBinder.h"
#include "documents/Template.h"
#include "leads/LeadService.h"
#include "printing/CaseFilePrintDialog.h"
#include "printing/DocumentPrintPreviewDialog.h"
#include "printing/NumberingRegistryDialog.h"
#include "printing/PrinterSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum DocumentColumn
{
    TitleColumn,
    VersionColumn,
    StatusColumn,
    NumberColumn,
    CreatedColumn,
    DocumentColumnCount
};

QString localTime(const QString& isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setUpRecordTable(table, 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// One name and value row of the bound-fields table; required fields are in bold.
void addFieldRow(QTableWidget* table, const QString& name, const QString& value, bool bold = false)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto* nameItem = new QTableWidgetItem(name);
    if (bold) {
        QFont font = nameItem->font();
        font.setBold(true);
        nameItem->setFont(font);
    }
    auto* valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(value);
    table->setItem(row, 0, nameItem);
    table->setItem(row, 1, valueItem);
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Lays out a pane of the page: a bold heading whose mnemonic focuses `body`, then `body` taking the height. Returns
// the pane's layout, for what goes below.
QVBoxLayout* layOutPane(QWidget* pane, const QString& title, QWidget* body)
{
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = heading(title);
    label->setBuddy(body);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    return layout;
}

// Panes side by side or stacked, never collapsed; each grows by its stretch factor.
QSplitter* splitPanes(const QString& objectName, Qt::Orientation orientation,
                      const QList<std::pair<QWidget*, int>>& panes)
{
    auto* splitter = new QSplitter(orientation);
    splitter->setObjectName(objectName);
    splitter->setChildrenCollapsible(false);
    for (const auto& [pane, stretch] : panes) {
        splitter->addWidget(pane);
        splitter->setStretchFactor(splitter->count() - 1, stretch);
    }
    return splitter;
}

} // namespace

DocumentsPage::DocumentsPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_recordCombo(new QComboBox), m_recordEdit(new QLineEdit),
      m_findButton(new QPushButton(tr("&Find"))), m_recordLabel(new QLabel), m_templateList(new QListWidget),
      m_createButton(new QPushButton(tr("&Create from template"))),
      m_documentsTable(makeTable(QStringLiteral("documentsTableWidget"),
                                 {tr("Document"), tr("Version"), tr("Status"), tr("Number"), tr("Created")})),
      m_approveButton(new QPushButton(tr("&Approve"))), m_versionButton(new QPushButton(tr("New &version"))),
      m_serveButton(new QPushButton(tr("Mark &served…"))), m_printButton(new QPushButton(tr("&Print…"))),
      m_exportButton(new QPushButton(tr("&Export PDF…"))), m_previewButton(new QPushButton(tr("Print pre&view…"))),
      m_registryButton(new QPushButton(tr("Numbering &registry…"))),
      m_caseFileButton(new QPushButton(tr("Print &whole case file…"))),
      m_printLogTable(
          makeTable(QStringLiteral("printLogTableWidget"),
                    {tr("Copy"), tr("Recipient"), tr("Printed by"), tr("Printed at"), tr("Identities"), tr("Output")})),
      m_fieldsTable(makeTable(QStringLiteral("fieldsTableWidget"), {tr("Field"), tr("Value")})),
      m_previewCaption(new QLabel), m_fontNote(new QLabel),
      m_previewPrinter(std::make_unique<QPrinter>(QPrinter::ScreenResolution)), m_preview(nullptr),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("documentsErrorLabel")))
{
    setObjectName(QStringLiteral("documentsPage"));
    auto* title = new QLabel(tr("Documents"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_recordCombo->setObjectName(QStringLiteral("recordComboBox"));
    m_recordCombo->setMinimumContentsLength(36);
    m_recordCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recordEdit->setObjectName(QStringLiteral("recordLineEdit"));
    m_recordEdit->setPlaceholderText(tr("Case or lead number, or UID"));
    m_recordEdit->setClearButtonEnabled(true);
    m_findButton->setObjectName(QStringLiteral("findRecordButton"));
    m_recordLabel->setObjectName(QStringLiteral("recordLabel"));
    m_recordLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* recordLabel = new QLabel(tr("&Record:"));
    recordLabel->setBuddy(m_recordCombo);
    auto* recordBar = new QHBoxLayout;
    recordBar->addWidget(recordLabel);
    recordBar->addWidget(m_recordCombo, 2);
    recordBar->addWidget(m_recordEdit, 1);
    recordBar->addWidget(m_findButton);

    // Left: the catalog, the documents of the record with their actions, and the print log.
    m_templateList->setObjectName(QStringLiteral("templateListWidget"));
    m_templateList->setAccessibleName(tr("Templates"));
    m_createButton->setObjectName(QStringLiteral("createDocumentButton"));
    auto* templateBox = new QWidget;
    layOutPane(templateBox, tr("&Templates"), m_templateList)->addWidget(m_createButton);

    m_documentsTable->setColumnWidth(TitleColumn, 190);
    m_documentsTable->setColumnWidth(VersionColumn, 50);
    m_documentsTable->setColumnWidth(StatusColumn, 80);
    m_documentsTable->setColumnWidth(NumberColumn, 170);
    m_documentsTable->setAccessibleName(tr("Documents of the record"));
    m_approveButton->setObjectName(QStringLiteral("approveDocumentButton"));
    m_versionButton->setObjectName(QStringLiteral("newVersionButton"));
    m_serveButton->setObjectName(QStringLiteral("markServedButton"));
    m_printButton->setObjectName(QStringLiteral("printDocumentButton"));
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_registryButton->setObjectName(QStringLiteral("numberingRegistryButton"));
    m_caseFileButton->setObjectName(QStringLiteral("printCaseFileButton"));
    m_caseFileButton->setToolTip(tr("Cover, contents, every approved document and the reference sheet as one run "
                                    "with continuous page numbers."));
    auto* documentBox = new QWidget;
    QVBoxLayout* documentLayout = layOutPane(documentBox, tr("&Documents of the record"), m_documentsTable);
    auto* actions1 = new QHBoxLayout;
    actions1->addWidget(m_approveButton);
    actions1->addWidget(m_versionButton);
    actions1->addWidget(m_serveButton);
    actions1->addStretch();
    auto* actions2 = new QHBoxLayout;
    actions2->addWidget(m_previewButton);
    actions2->addWidget(m_printButton);
    actions2->addWidget(m_exportButton);
    actions2->addStretch();
    actions2->addWidget(m_registryButton);
    actions2->addWidget(m_caseFileButton);
    documentLayout->addLayout(actions1);
    documentLayout->addLayout(actions2);

    m_printLogTable->setColumnWidth(0, 70);
    m_printLogTable->setColumnWidth(1, 150);
    m_printLogTable->setColumnWidth(2, 90);
    m_printLogTable->setColumnWidth(3, 130);
    m_printLogTable->setColumnWidth(4, 70);
    auto* logBox = new QWidget;
    layOutPane(logBox, tr("Print &log"), m_printLogTable);

    QSplitter* left = splitPanes(QStringLiteral("documentsLeftSplitter"), Qt::Vertical,
                                 {{templateBox, 3}, {documentBox, 3}, {logBox, 2}});

    // Right: the bound fields beside the page preview.
    m_fieldsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldsTable->setColumnWidth(0, 130);
    m_fieldsTable->horizontalHeader()->setStretchLastSection(true); // the values take what the pane has left
    m_fieldsTable->setWordWrap(true);
    auto* fieldsBox = new QWidget;
    layOutPane(fieldsBox, tr("Bound &fields"), m_fieldsTable);

    PrinterSetup::prepare(*m_previewPrinter, tr("Preview"));
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get());
    m_preview->setObjectName(QStringLiteral("documentPreviewWidget"));
    m_preview->setAccessibleName(tr("Page preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_previewCaption->setObjectName(QStringLiteral("previewCaptionLabel"));
    m_previewCaption->setWordWrap(true);
    m_previewCaption->setText(previewHint());
    m_fontNote->setObjectName(QStringLiteral("fontNoteLabel"));
    m_fontNote->setWordWrap(true);
    m_fontNote->setStyleSheet(QStringLiteral("QLabel { color: #7a5a00; }"));
    const QString note = PrinterSetup::fontNote();
    m_fontNote->setText(note.section(u'\n', 0, 0));
    m_fontNote->setToolTip(note);
    m_fontNote->setVisible(!note.isEmpty());
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(heading(tr("Preview")));
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_fontNote);
    previewLayout->addWidget(m_preview, 1);

    QSplitter* right =
        splitPanes(QStringLiteral("documentsPreviewSplitter"), Qt::Horizontal, {{fieldsBox, 2}, {previewBox, 3}});
    QSplitter* main = splitPanes(QStringLiteral("documentsMainSplitter"), Qt::Horizontal, {{left, 2}, {right, 3}});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(recordBar);
    layout->addWidget(m_recordLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(main, 1);

    connect(m_recordCombo, &QComboBox::activated, this, &DocumentsPage::recordChosen);
    connect(m_findButton, &QPushButton::clicked, this, &DocumentsPage::findRecord);
    connect(m_recordEdit, &QLineEdit::returnPressed, this, &DocumentsPage::findRecord);
    connect(m_templateList, &QListWidget::currentRowChanged, this, &DocumentsPage::templateChosen);
    connect(m_templateList, &QListWidget::itemActivated, this, [this] { createFromTemplate(); });
    connect(m_createButton, &QPushButton::clicked, this, [this] { createFromTemplate(); });
    connect(m_documentsTable, &QTableWidget::itemSelectionChanged, this, &DocumentsPage::documentChosen);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { approveCurrent(); });
    connect(m_versionButton, &QPushButton::clicked, this, [this] { newVersionOfCurrent(); });
    connect(m_serveButton, &QPushButton::clicked, this, &DocumentsPage::serveDialog);
    connect(m_printButton, &QPushButton::clicked, this, &DocumentsPage::printDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &DocumentsPage::exportDialog);
    connect(m_previewButton, &QPushButton::clicked, this, &DocumentsPage::previewDialog);
    connect(m_registryButton, &QPushButton::clicked, this, &DocumentsPage::openRegistry);
    connect(m_caseFileButton, &QPushButton::clicked, this, [this] {
        if (!m_record || m_record->type != QLatin1String("case"))
            return;
        CaseFilePrintDialog dialog(m_session, m_record->uid, m_record->number, this);
        dialog.exec();
        loadDocuments(currentDocumentUid());
    });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentsPage::paintPreview);
    loadTemplates();
    updateButtons();
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::reload()
{
    if (m_session.isLocked())
        return;
    clearError();
    loadRecords();
    if (m_record)
        loadDocuments(currentDocumentUid());
    updateButtons();
}

void DocumentsPage::releaseForLock()
{
    m_record.reset();
    m_previewLayout.reset();
    m_recordCombo->clear();
    m_recordEdit->clear();
    m_recordLabel->clear();
    m_documentsTable->setRowCount(0);
    m_printLogTable->setRowCount(0);
    m_fieldsTable->setRowCount(0);
    m_previewCaption->setText(previewHint());
    m_preview->updatePreview();
    updateButtons();
}

void DocumentsPage::loadRecords()
{
    const QString keep = m_record ? m_record->uid : QString();
    const QSignalBlocker block(m_recordCombo);
    m_recordCombo->clear();
    m_recordCombo->addItem(tr("Choose a case or lead…"));
    if (m_session.can(access::Permission::ViewCases))
        if (auto cases = cases::CaseService(m_session).list(QString(), 0, 200); cases.ok())
            for (const cases::CaseRow& row : cases.value())
                m_recordCombo->addItem(tr("Case %1 · %2").arg(row.number, row.title.left(30)), row.uid);
    if (m_session.can(access::Permission::ViewLeads)) {
        leads::LeadFilter filter;
        filter.limit = 200;
        if (auto leads = leads::LeadService(m_session).list(filter); leads.ok())
            for (const leads::LeadRow& row : leads.value())
                m_recordCombo->addItem(tr("Lead %1 · %2").arg(row.number, row.subjects.left(30)), row.uid);
    }
    const int index = keep.isEmpty() ? 0 : m_recordCombo->findData(keep);
    m_recordCombo->setCurrentIndex(std::max(0, index));
}

void DocumentsPage::recordChosen()
{
    const QString uid = m_recordCombo->currentData().toString();
    if (!uid.isEmpty())
        setRecord(uid);
}

void DocumentsPage::findRecord()
{
    if (setRecord(m_recordEdit->text()))
        m_templateList->setFocus();
}

bool DocumentsPage::setRecord(const QString& numberOrUid)
{
    clearError();
    auto found = documents::findRecord(m_session, numberOrUid);
    if (!found.ok()) {
        showError(found.error());
        return false;
    }
    showRecord(found.value());
    return true;
}

void DocumentsPage::showRecord(const documents::RecordRef& record)
{
    m_record = record;
    m_recordLabel->setText(record.type == QLatin1String("case")
                               ? tr("Case %1: %2").arg(record.number, record.title)
                               : tr("Lead %1: %2").arg(record.number, record.title.left(80)));
    const int index = m_recordCombo->findData(record.uid);
    if (index >= 0) {
        const QSignalBlocker block(m_recordCombo);
        m_recordCombo->setCurrentIndex(index);
    }
    loadTemplates();
    loadDocuments();
}

void DocumentsPage::loadTemplates()
{
    const QString keep =
        m_templateList->currentItem() ? m_templateList->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_templateList);
    m_templateList->clear();
    auto catalog = documents::TemplateCatalog::builtIn();
    if (!catalog.ok()) {
        showError(catalog.error());
        return;
    }
    const QString language = QLocale().name();
    for (const documents::Template& tmpl : catalog.value()) {
        if (m_record && tmpl.record != m_record->type)
            continue;
        const QString kind = tmpl.record == QLatin1String("case") ? tr("case") : tr("lead");
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(tmpl.title(language), kind), m_templateList);
        item->setData(Qt::UserRole, tmpl.id);
        item->setToolTip(tmpl.id);
    }
    for (int row = 0; row < m_templateList->count(); ++row)
        if (m_templateList->item(row)->data(Qt::UserRole).toString() == keep)
            m_templateList->setCurrentRow(row);
}

bool DocumentsPage::selectTemplate(const QString& templateId)
{
    for (int row = 0; row < m_templateList->count(); ++row)
        if (m_templateList->item(row)->data(Qt::UserRole).toString() == templateId) {
            m_templateList->setCurrentRow(row);
            return true;
        }
    return false;
}

void DocumentsPage::templateChosen()
{
    updateButtons();
    QListWidgetItem* item = m_templateList->currentItem();
    if (!item || !m_record)
        return;
    clearError();
    {
        const QSignalBlocker block(m_documentsTable);
        m_documentsTable->clearSelection();
        m_printLogTable->setRowCount(0);
    }
    auto tmpl = documents::TemplateCatalog::find(item->data(Qt::UserRole).toString());
    if (!tmpl.ok()) {
        showError(tmpl.error());
        return;
    }
    // What the template would bind from the record now, and the page it would give (unnumbered). A template about
    // one record of the case previews with the first of them.
    QString itemUid;
    if (!tmpl->item.isEmpty())
        if (auto choices = documents::itemChoices(m_session, tmpl.value(), m_record->uid);
            choices.ok() && !choices->isEmpty())
            itemUid = choices->first().uid;
    auto bound = documents::bindRecord(m_session, tmpl.value(), m_record->uid, false, itemUid);
    m_fieldsTable->setRowCount(0);
    if (!bound.ok()) {
        showError(bound.error());
        showPreview(std::nullopt);
        return;
    }
    for (auto it = bound->fields.cbegin(); it != bound->fields.cend(); ++it)
        addFieldRow(m_fieldsTable, it.key(), it.value(), tmpl->required.contains(it.key()));
    if (!bound->listRows.isEmpty())
        addFieldRow(m_fieldsTable, tr("(list rows)"), QString::number(bound->listRows.size()));
    m_previewCaption->setText(
        tr("Draft of %1 for this record, not yet created. Required fields are in bold.").arg(tmpl->titleZh));
    showPreview(documents::DocumentService::layoutOf(tmpl.value(), bound->fields, bound->listRows, QString()));
}

void DocumentsPage::loadDocuments(const QString& selectUid)
{
    const QSignalBlocker block(m_documentsTable);
    m_documentsTable->setRowCount(0);
    m_printLogTable->setRowCount(0);
    if (!m_record) {
        updateButtons();
        return;
    }
    auto documents = documents::DocumentService(m_session).documentsOf(m_record->uid);
    if (!documents.ok()) {
        showError(documents.error());
        updateButtons();
        return;
    }
    const QHash<QString, QString> statusNames{{QStringLiteral("draft"), tr("Draft")},
                                              {QStringLiteral("approved"), tr("Approved")},
                                              {QStringLiteral("printed"), tr("Printed")},
                                              {QStringLiteral("served"), tr("Served")},
                                              {QStringLiteral("superseded"), tr("Superseded")}};
    int selectRow = -1;
    for (const documents::DocumentInfo& info : documents.value()) {
        const int row = m_documentsTable->rowCount();
        m_documentsTable->insertRow(row);
        const QStringList cells{info.title, QString::number(info.version), statusNames.value(info.status, info.status),
                                info.number, localTime(info.createdAt)};
        for (int column = 0; column < DocumentColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (info.status == QLatin1String("superseded"))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_documentsTable->setItem(row, column, item);
        }
        m_documentsTable->item(row, TitleColumn)->setData(Qt::UserRole, info.uid);
        m_documentsTable->item(row, StatusColumn)->setData(Qt::UserRole, info.status);
        if (info.uid == selectUid)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_documentsTable->selectRow(selectRow);
    documentChosen();
}

QString DocumentsPage::currentDocumentUid() const
{
    const QList<QTableWidgetItem*> selected = m_documentsTable->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_documentsTable->item(selected.first()->row(), TitleColumn)->data(Qt::UserRole).toString();
}

bool DocumentsPage::selectDocument(const QString& documentUid)
{
    for (int row = 0; row < m_documentsTable->rowCount(); ++row)
        if (m_documentsTable->item(row, TitleColumn)->data(Qt::UserRole).toString() == documentUid) {
            m_documentsTable->selectRow(row);
            return true;
        }
    return false;
}

void DocumentsPage::documentChosen()
{
    updateButtons();
    const QString uid = currentDocumentUid();
    if (uid.isEmpty()) {
        m_printLogTable->setRowCount(0);
        return;
    }
    {
        const QSignalBlocker block(m_templateList);
        m_templateList->setCurrentRow(-1);
    }
    m_fieldsTable->setRowCount(0);
    auto layout = documents::DocumentService(m_session).preview(uid);
    if (!layout.ok()) {
        showError(layout.error());
        showPreview(std::nullopt);
    } else {
        const int row = m_documentsTable->currentRow();
        m_previewCaption->setText(tr("%1, version %2 (%3). Copy numbers are added when it is printed.")
                                      .arg(m_documentsTable->item(row, TitleColumn)->text(),
                                           m_documentsTable->item(row, VersionColumn)->text(),
                                           m_documentsTable->item(row, StatusColumn)->text()));
        // The document's own content, as it will print.
        const QList<QPair<QString, QString>> facts{{tr("Title"), layout->title},
                                                   {tr("Number"), layout->docNumber},
                                                   {tr("Organ"), layout->organMark},
                                                   {tr("Addressee"), layout->addressee}};
        for (const auto& [name, value] : facts)
            if (!value.isEmpty())
                addFieldRow(m_fieldsTable, name, value);
        showPreview(layout.value());
    }
    loadPrintLog();
}

void DocumentsPage::loadPrintLog()
{
    m_printLogTable->setRowCount(0);
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return;
    auto log = documents::DocumentService(m_session).printLog(uid);
    if (!log.ok()) {
        showError(log.error());
        return;
    }
    for (const documents::PrintLogEntry& entry : log.value()) {
        const int row = m_printLogTable->rowCount();
        m_printLogTable->insertRow(row);
        const QStringList cells{QStringLiteral("%1").arg(entry.copyNumber, 6, 10, QLatin1Char('0')),
                                entry.recipient,
                                entry.printedBy,
                                localTime(entry.printedAt),
                                entry.includedIdentities ? tr("Included") : tr("Masked"),
                                entry.output == QLatin1String("pdf") ? tr("PDF") : tr("Printer")};
        for (int column = 0; column < static_cast<int>(cells.size()); ++column)
            m_printLogTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void DocumentsPage::showPreview(const std::optional<documents::DocumentLayout>& layout)
{
    m_previewLayout = layout;
    if (!layout)
        m_previewCaption->clear();
    m_preview->updatePreview();
}

QString DocumentsPage::previewHint()
{
    return tr("Choose a case or lead, then a template or one of its documents: its pages appear here.");
}

void DocumentsPage::paintPreview(QPrinter* printer)
{
    if (!m_previewLayout)
        return;
    const auto painted = documents::GbtRenderer::render({*m_previewLayout}, *printer);
    if (!painted.ok())
        showError(painted.error());
}

void DocumentsPage::updateButtons()
{
    const QString uid = currentDocumentUid();
    const int row = uid.isEmpty() ? -1 : m_documentsTable->currentRow();
    const QString status =
        row >= 0 ? m_documentsTable->item(row, StatusColumn)->data(Qt::UserRole).toString() : QString();
    const bool issued =
        status == QLatin1String("approved") || status == QLatin1String("printed") || status == QLatin1String("served");
    const bool canPrint = m_session.can(access::Permission::PrintDocuments);
    m_createButton->setEnabled(canPrint && m_record && m_templateList->currentItem());
    m_approveButton->setEnabled(status == QLatin1String("draft") && m_session.can(access::Permission::ApproveSteps));
    m_versionButton->setEnabled(issued && canPrint);
    m_serveButton->setEnabled((status == QLatin1String("approved") || status == QLatin1String("printed")) && canPrint);
    m_printButton->setEnabled(issued && canPrint);
    m_exportButton->setEnabled(issued && canPrint);
    m_previewButton->setEnabled(!uid.isEmpty());
    m_caseFileButton->setEnabled(canPrint && m_record && m_record->type == QLatin1String("case"));
    m_approveButton->setToolTip(m_session.can(access::Permission::ApproveSteps)
                                    ? tr("Approve (签发) the draft: it takes its registry number and is frozen.")
                                    : tr("Only approvers approve documents."));
}

void DocumentsPage::showError(const Error& error)
{
    m_errorLabel->setText(ErrorMessages::describe(error));
    m_errorLabel->show();
}

void DocumentsPage::clearError()
{
    m_errorLabel->hide();
}

std::optional<QString> DocumentsPage::chooseItem(const documents::Template& tmpl)
{
    if (tmpl.item.isEmpty())
        return QString();
    auto choices = documents::itemChoices(m_session, tmpl, m_record->uid);
    if (!choices.ok()) {
        showError(choices.error());
        return std::nullopt;
    }
    if (choices->isEmpty()) {
        showError(Error{ErrorCode::NotFound,
                        tr("This case has no record that %1 can be made for yet.").arg(tmpl.title(QLocale().name()))});
        return std::nullopt;
    }
    if (choices->size() == 1)
        return choices->first().uid;
    FormDialog form(tmpl.title(QLocale().name()), this);
    QComboBox* combo = form.addCombo(tr("&Made for:"), QStringLiteral("itemComboBox"));
    for (const documents::ItemChoice& choice : choices.value())
        combo->addItem(choice.label, choice.uid);
    if (form.exec() != QDialog::Accepted)
        return std::nullopt;
    return combo->currentData().toString();
}

QString DocumentsPage::createFromTemplate(const QString& itemUid)
{
    QListWidgetItem* item = m_templateList->currentItem();
    if (!item || !m_record)
        return {};
    clearError();
    auto tmpl = documents::TemplateCatalog::find(item->data(Qt::UserRole).toString());
    if (!tmpl.ok()) {
        showError(tmpl.error());
        return {};
    }
    std::optional<QString> chosen = itemUid;
    if (itemUid.isEmpty())
        chosen = chooseItem(tmpl.value());
    if (!chosen)
        return {};
    auto created = documents::DocumentService(m_session).create(tmpl->id, m_record->uid, *chosen);
    if (!created.ok()) {
        showError(created.error());
        return {};
    }
    loadDocuments(created->uid);
    return created->uid;
}

bool DocumentsPage::approveCurrent()
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return false;
    clearError();
    const Status approved = documents::DocumentService(m_session).approve(uid);
    if (!approved.ok()) {
        showError(approved.error());
        return false;
    }
    loadDocuments(uid);
    return true;
}

QString DocumentsPage::newVersionOfCurrent()
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return {};
    clearError();
    auto next = documents::DocumentService(m_session).newVersion(uid);
    if (!next.ok()) {
        showError(next.error());
        return {};
    }
    loadDocuments(next->uid);
    return next->uid;
}

bool DocumentsPage::markCurrentServed(const QDate& servedOn, const QString& recipient)
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return false;
    clearError();
    const Status served = documents::DocumentService(m_session).markServed(uid, servedOn, recipient);
    if (!served.ok()) {
        showError(served.error());
        return false;
    }
    loadDocuments(uid);
    return true;
}

bool DocumentsPage::exportPdf(const QString& path, int copies, const QString& recipient, bool includeIdentities)
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty() || path.isEmpty())
        return false;
    clearError();
    documents::PrintRequest request;
    request.copies = copies;
    request.recipient = recipient.trimmed();
    request.includeIdentities = includeIdentities;
    auto pages = documents::DocumentService(m_session).printToPdf(uid, request, path);
    if (!pages.ok()) {
        showError(pages.error());
        return false;
    }
    loadDocuments(uid);
    return true;
}

void DocumentsPage::serveDialog()
{
    FormDialog form(tr("Mark served"), this);
    QDateEdit* date = form.addDate(tr("Served &on:"), QStringLiteral("servedOnDateEdit"), QDate::currentDate());
    date->setMaximumDate(QDate::currentDate());
    QLineEdit* recipient = form.addLine(tr("&Recipient:"), QStringLiteral("servedToLineEdit"), true);
    if (form.exec() == QDialog::Accepted)
        markCurrentServed(date->date(), recipient->text());
}

std::optional<documents::PrintRequest> DocumentsPage::askCopies(const QString& title, const QString& note)
{
    FormDialog form(title, this);
    QSpinBox* copies = form.addSpin(tr("&Copies:"), QStringLiteral("copiesSpinBox"), 1, 200, 1);
    QLineEdit* recipient = form.addLine(tr("&Recipient:"), QStringLiteral("recipientLineEdit"));
    auto* identities = new QCheckBox(tr("&Include protected identities"));
    identities->setObjectName(QStringLiteral("includeIdentitiesCheckBox"));
    const bool mayReveal = m_session.can(access::Permission::RequestIdentityGrant);
    identities->setEnabled(mayReveal);
    if (!mayReveal)
        identities->setToolTip(tr("Only users who may hold an identity grant can include protected identities."));
    form.addRow(QString(), identities);
    form.addNote(note);
    if (form.exec() != QDialog::Accepted)
        return std::nullopt;
    documents::PrintRequest request;
    request.copies = copies->value();
    request.recipient = recipient->text().trimmed();
    request.includeIdentities = identities->isChecked();
    return request;
}

void DocumentsPage::printDialog()
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return;
    const auto request =
        askCopies(tr("Print"), tr("Every copy is logged with its copy number, which is printed on it."));
    if (!request)
        return;

    QPrinter printer(QPrinter::HighResolution);
    PrinterSetup::prepare(printer, m_documentsTable->item(m_documentsTable->currentRow(), TitleColumn)->text());
    PrinterSetup::selectDefaultPrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("documentPrintDialog"));
    // Copies are counted by the log; the dialog must not multiply them behind its back.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted || !PrinterSetup::confirmPaper(printer, this))
        return;
    printer.setCopyCount(1);
    PrinterSetup::prepare(printer, printer.docName());
    clearError();
    auto pages = documents::DocumentService(m_session).print(uid, *request, printer, false);
    if (!pages.ok())
        showError(pages.error());
    loadDocuments(uid);
}

void DocumentsPage::exportDialog()
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return;
    const auto request = askCopies(tr("Export PDF"), tr("Each copy in the PDF is logged like a printed copy."));
    if (!request)
        return;
    const QString title = m_documentsTable->item(m_documentsTable->currentRow(), TitleColumn)->text();
    const QString number = m_documentsTable->item(m_documentsTable->currentRow(), NumberColumn)->text();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), (number.isEmpty() ? title : title + u'_' + number) + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    exportPdf(path, request->copies, request->recipient, request->includeIdentities);
}

void DocumentsPage::previewDialog()
{
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return;
    auto layout = documents::DocumentService(m_session).preview(uid);
    if (!layout.ok()) {
        showError(layout.error());
        return;
    }
    DocumentPrintPreviewDialog dialog(
        layout.value(), m_documentsTable->item(m_documentsTable->currentRow(), TitleColumn)->text(), this);
    dialog.exec();
}

void DocumentsPage::openRegistry()
{
    NumberingRegistryDialog dialog(m_session, this);
    dialog.exec();
    if (m_record)
        loadDocuments(currentDocumentUid());
}

} // namespace qf::ui
