#include "VaultSettingsTab.h"

#include "ErrorMessages.h"
#include "SettingExplanation.h"
#include "documents/NumberingRegistry.h"
#include "reporting/IntegrityOpinion.h"
#include "settings/VaultSettingsService.h"

#include <QComboBox>
#include <QDate>
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

namespace {

enum PatternColumn
{
    KindColumn,
    PatternColumn,
    ExampleColumn,
};

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

VaultSettingsTab::VaultSettingsTab(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_organEdit(new QLineEdit), m_agencyEdit(new QLineEdit),
      m_patternTable(
          makeTable(QStringLiteral("numberPatternTable"), {tr("Number kind"), tr("Pattern"), tr("Example")})),
      m_timeLimitTable(makeTable(QStringLiteral("timeLimitTable"),
                                 {tr("Case stage"), tr("Time limit (months)"), tr("Extension (months)")})),
      m_backupKeepSpin(new QSpinBox), m_opinionReplyDaysSpin(new QSpinBox), m_categoryKindCombo(new QComboBox),
      m_categoryTable(makeTable(QStringLiteral("categoryTable"), {tr("Code"), tr("Label")})),
      m_newCodeEdit(new QLineEdit), m_newLabelEdit(new QLineEdit),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("vaultSettingsMessageLabel")))
{
    setObjectName(QStringLiteral("vaultSettingsTab"));
    m_organEdit->setObjectName(QStringLiteral("organNameEdit"));
    m_agencyEdit->setObjectName(QStringLiteral("numberAgencyEdit"));
    m_backupKeepSpin->setObjectName(QStringLiteral("backupKeepSpin"));
    m_backupKeepSpin->setRange(0, 1000);
    m_backupKeepSpin->setSpecialValueText(tr("Keep all"));
    m_opinionReplyDaysSpin->setObjectName(QStringLiteral("opinionReplyDaysSpin"));
    m_opinionReplyDaysSpin->setRange(1, reporting::kMaxOpinionReplyDays);
    m_opinionReplyDaysSpin->setSuffix(tr(" days"));
    m_categoryKindCombo->setObjectName(QStringLiteral("categoryKindCombo"));
    m_newCodeEdit->setObjectName(QStringLiteral("newCategoryCodeEdit"));
    m_newCodeEdit->setPlaceholderText(tr("code, e.g. bribery"));
    m_newLabelEdit->setObjectName(QStringLiteral("newCategoryLabelEdit"));
    m_newLabelEdit->setPlaceholderText(tr("label shown in lists"));
    m_patternTable->setMinimumHeight(200);
    m_categoryTable->setMinimumHeight(200);

    const QList<QPair<QString, QString>> kinds{{QStringLiteral("allegation"), tr("Allegation types")},
                                               {QStringLiteral("sector"), tr("Sectors")},
                                               {QStringLiteral("cadre_level"), tr("Cadre management levels")},
                                               {QStringLiteral("lead_source"), tr("Lead sources")},
                                               {QStringLiteral("measure"), tr("Measure types")},
                                               {QStringLiteral("meeting_type"), tr("Meeting types")},
                                               {QStringLiteral("office"), tr("Offices")}};
    for (const auto& [kind, title] : kinds)
        if (settings::VaultSettingsService::categoryKinds().contains(kind))
            m_categoryKindCombo->addItem(title, kind);

    auto* form = new QFormLayout;
    addExplainedRow(form, tr("&Organ name:"), m_organEdit,
                    tr("The organ that owns this vault. It heads printed documents and is carried by archives."));
    addExplainedRow(form, tr("Number &prefix:"), m_agencyEdit,
                    tr("The short name that {agency} stands for in registry numbers, e.g. 苏纪 in "
                       "苏纪发〔2026〕12号."));
    addExplainedRow(form, tr("&Backup rotation:"), m_backupKeepSpin,
                    tr("How many backup sets of this vault a backup folder keeps; older sets are removed after "
                       "each new backup. 0 keeps all."));
    addExplainedRow(form, tr("Integrity &opinion replies:"), m_opinionReplyDaysSpin,
                    tr("How many days after its receipt a request for integrity opinions should be answered. An "
                       "unanswered request shows on the alerts page as it falls due."));
    auto* patternsNote = new QLabel(tr("Registry number patterns: {agency} is the prefix, {year} the year, {seq} the "
                                       "running number and {seq:4} the number padded to 4 digits. A change applies to "
                                       "numbers issued from now on; issued numbers never change."));
    patternsNote->setWordWrap(true);

    auto* limitsNote = new QLabel(tr("Time limits of the case stages: a case gets a deadline when it enters a stage, "
                                     "and the extension is how much longer an approved extension may add. 0 months: "
                                     "no time limit. A change applies to stages entered from now on."));
    limitsNote->setWordWrap(true);
    m_timeLimitTable->setMinimumHeight(240);

    auto* addButton = new QPushButton(tr("&Add entry"));
    addButton->setObjectName(QStringLiteral("addCategoryButton"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newCodeEdit);
    addRow->addWidget(m_newLabelEdit, 1);
    addRow->addWidget(addButton);
    auto* categoriesNote = new QLabel(tr("The lists offered when registering reports, leads and measures. Rename a "
                                         "label by editing it; entries are never deleted because records refer to "
                                         "their codes."));
    categoriesNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addLayout(form);
    layout->addWidget(patternsNote);
    layout->addWidget(m_patternTable, 1);
    layout->addWidget(limitsNote);
    layout->addWidget(m_timeLimitTable, 1);
    layout->addWidget(categoriesNote);
    layout->addWidget(m_categoryKindCombo);
    layout->addWidget(m_categoryTable, 1);
    layout->addLayout(addRow);

    connect(m_categoryKindCombo, &QComboBox::currentIndexChanged, this, &VaultSettingsTab::loadCategories);
    connect(addButton, &QPushButton::clicked, this, &VaultSettingsTab::addCategory);
    connect(m_agencyEdit, &QLineEdit::textChanged, this, &VaultSettingsTab::updateExamples);
    connect(m_patternTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == PatternColumn)
            updateExamples();
    });
    load();
}

bool VaultSettingsTab::check(const Status& status)
{
    if (status.ok())
        return true;
    m_messageLabel->setText(ErrorMessages::describe(status.error()));
    m_messageLabel->show();
    return false;
}

void VaultSettingsTab::load()
{
    auto loaded = settings::VaultSettingsService(m_session).load();
    if (!check(loaded.ok() ? Status{} : Status{loaded.error()}))
        return;
    m_loaded = loaded.value();
    m_organEdit->setText(m_loaded.organName);
    m_agencyEdit->setText(m_loaded.numberAgency);
    m_backupKeepSpin->setValue(m_loaded.backupKeep);
    m_opinionReplyDaysSpin->setValue(m_loaded.opinionReplyDays);
    const QSignalBlocker blocker(m_patternTable);
    m_patternTable->setRowCount(static_cast<int>(m_loaded.numberPatterns.size()));
    for (int row = 0; row < m_loaded.numberPatterns.size(); ++row) {
        const settings::NumberPattern& pattern = m_loaded.numberPatterns.at(row);
        m_patternTable->setItem(row, KindColumn, readOnlyItem(pattern.label));
        m_patternTable->setItem(row, PatternColumn, new QTableWidgetItem(pattern.pattern));
        m_patternTable->setItem(row, ExampleColumn, readOnlyItem(QString()));
    }
    updateExamples();
    loadTimeLimits();
    loadCategories();
}

void VaultSettingsTab::loadTimeLimits()
{
    auto limits = settings::VaultSettingsService(m_session).stageTimeLimits();
    m_timeLimitTable->setRowCount(0);
    if (!check(limits.ok() ? Status{} : Status{limits.error()}))
        return;
    m_loadedLimits = limits.value();
    m_timeLimitTable->setRowCount(static_cast<int>(m_loadedLimits.size()));
    for (int row = 0; row < m_loadedLimits.size(); ++row) {
        const settings::StageTimeLimit& limit = m_loadedLimits.at(row);
        m_timeLimitTable->setItem(row, 0, readOnlyItem(limit.label));
        for (const auto& [column, value] : {std::pair{1, limit.months}, std::pair{2, limit.extendableMonths}}) {
            auto* spin = new QSpinBox;
            spin->setRange(0, 60);
            spin->setValue(value);
            m_timeLimitTable->setCellWidget(row, column, spin);
        }
    }
}

bool VaultSettingsTab::saveTimeLimits()
{
    settings::VaultSettingsService service(m_session);
    for (int row = 0; row < m_timeLimitTable->rowCount() && row < m_loadedLimits.size(); ++row) {
        const int months = qobject_cast<QSpinBox*>(m_timeLimitTable->cellWidget(row, 1))->value();
        const int extension = qobject_cast<QSpinBox*>(m_timeLimitTable->cellWidget(row, 2))->value();
        const settings::StageTimeLimit& loaded = m_loadedLimits.at(row);
        if ((months != loaded.months || extension != loaded.extendableMonths) &&
            !check(service.setStageTimeLimit(loaded.stage, months, extension)))
            return false;
    }
    return true;
}

void VaultSettingsTab::updateExamples()
{
    const QSignalBlocker blocker(m_patternTable);
    for (int row = 0; row < m_patternTable->rowCount(); ++row)
        m_patternTable->item(row, ExampleColumn)
            ->setText(documents::NumberingRegistry::format(m_patternTable->item(row, PatternColumn)->text(),
                                                           m_agencyEdit->text().trimmed(), QDate::currentDate().year(),
                                                           12));
}

void VaultSettingsTab::loadCategories()
{
    auto entries = settings::VaultSettingsService(m_session).categories(m_categoryKindCombo->currentData().toString());
    m_categoryTable->setRowCount(0);
    if (!check(entries.ok() ? Status{} : Status{entries.error()}))
        return;
    m_categoryTable->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        m_categoryTable->setItem(row, 0, readOnlyItem(entries->at(row).code));
        auto* label = new QTableWidgetItem(entries->at(row).label);
        label->setData(Qt::UserRole, entries->at(row).label);
        m_categoryTable->setItem(row, 1, label);
    }
}

void VaultSettingsTab::addCategory()
{
    settings::VaultSettingsService service(m_session);
    if (!check(service.saveCategory(m_categoryKindCombo->currentData().toString(),
                                    {m_newCodeEdit->text().trimmed(), m_newLabelEdit->text()})))
        return;
    m_messageLabel->hide();
    m_newCodeEdit->clear();
    m_newLabelEdit->clear();
    loadCategories();
}

bool VaultSettingsTab::save()
{
    settings::VaultSettingsService service(m_session);
    if (m_organEdit->text().trimmed() != m_loaded.organName && !check(service.setOrganName(m_organEdit->text())))
        return false;
    if (m_agencyEdit->text().trimmed() != m_loaded.numberAgency &&
        !check(service.setNumberAgency(m_agencyEdit->text())))
        return false;
    if (m_backupKeepSpin->value() != m_loaded.backupKeep && !check(service.setBackupKeep(m_backupKeepSpin->value())))
        return false;
    if (m_opinionReplyDaysSpin->value() != m_loaded.opinionReplyDays &&
        !check(service.setOpinionReplyDays(m_opinionReplyDaysSpin->value())))
        return false;
    for (int row = 0; row < m_patternTable->rowCount(); ++row) {
        const QString pattern = m_patternTable->item(row, PatternColumn)->text().trimmed();
        if (pattern != m_loaded.numberPatterns.at(row).pattern &&
            !check(service.setNumberPattern(m_loaded.numberPatterns.at(row).kind, pattern)))
            return false;
    }
    if (!saveTimeLimits())
        return false;
    const QString kind = m_categoryKindCombo->currentData().toString();
    for (int row = 0; row < m_categoryTable->rowCount(); ++row) {
        const QTableWidgetItem* label = m_categoryTable->item(row, 1);
        if (label->text().trimmed() != label->data(Qt::UserRole).toString() &&
            !check(service.saveCategory(kind, {m_categoryTable->item(row, 0)->text(), label->text()})))
            return false;
    }
    m_messageLabel->hide();
    load();
    return true;
}

} // namespace qf::ui
