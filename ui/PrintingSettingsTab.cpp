#include "PrintingSettingsTab.h"

#include "SettingExplanation.h"
#include "UiSettings.h"
#include "documents/FontRoles.h"
#include "printing/PrinterSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

PrintingSettingsTab::PrintingSettingsTab(QWidget* parent)
    : QWidget(parent), m_printerCombo(new QComboBox), m_paperCheck(new QCheckBox(tr("Warn when A4 is not offered"))),
      m_paperResultLabel(new QLabel), m_fontTable(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("printingSettingsTab"));
    m_printerCombo->setObjectName(QStringLiteral("printerCombo"));
    m_printerCombo->addItem(tr("System default printer"), QString());
    for (const QString& name : QPrinterInfo::availablePrinterNames())
        m_printerCombo->addItem(name, name);
    const QString chosen = UiSettings::defaultPrinter();
    if (!chosen.isEmpty() && m_printerCombo->findData(chosen) < 0)
        m_printerCombo->addItem(tr("%1 (not available now)").arg(chosen), chosen);
    m_printerCombo->setCurrentIndex(std::max(0, m_printerCombo->findData(chosen)));

    m_paperCheck->setObjectName(QStringLiteral("paperCheckBox"));
    m_paperCheck->setChecked(UiSettings::checkPaperBeforePrinting());
    auto* checkNowButton = new QPushButton(tr("Check &paper now"));
    checkNowButton->setObjectName(QStringLiteral("checkPaperButton"));
    m_paperResultLabel->setObjectName(QStringLiteral("paperResultLabel"));
    m_paperResultLabel->setWordWrap(true);

    m_fontTable->setObjectName(QStringLiteral("fontRoleTable"));
    m_fontTable->setHorizontalHeaderLabels({tr("Role"), tr("Font used"), tr("Official font?")});
    m_fontTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fontTable->horizontalHeader()->setStretchLastSection(true);
    m_fontTable->verticalHeader()->hide();
    m_fontTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fontTable->setSelectionMode(QAbstractItemView::NoSelection);
    fillFontTable();

    auto* form = new QFormLayout;
    addExplainedRow(form, tr("Default &printer:"), m_printerCombo,
                    tr("Documents are sent to this printer unless you choose another in the print dialog."));
    addExplainedRow(form, tr("Paper check:"), m_paperCheck,
                    tr("Official documents are laid out for A4 (GB/T 9704). Before printing, warn when the printer "
                       "offers no A4 paper."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checkNowButton, 0, Qt::AlignLeft);
    layout->addWidget(m_paperResultLabel);
    auto* fontsTitle = new QLabel(tr("Fonts for official documents"));
    QFont bold = fontsTitle->font();
    bold.setBold(true);
    fontsTitle->setFont(bold);
    layout->addWidget(fontsTitle);
    auto* fontsNote = new QLabel(tr("Each role is played by the official font when it is installed; otherwise a "
                                    "stand-in from Debian is used and print preview says so. Install the official "
                                    "fonts to print with them."));
    fontsNote->setWordWrap(true);
    layout->addWidget(fontsNote);
    layout->addWidget(m_fontTable, 1);

    connect(checkNowButton, &QPushButton::clicked, this, &PrintingSettingsTab::checkPaper);
}

void PrintingSettingsTab::fillFontTable()
{
    using documents::FontRole;
    const QList<QPair<FontRole, QString>> roles{
        {FontRole::XiaoBiaoSong, tr("XiaoBiaoSong: titles and the organ mark")},
        {FontRole::FangSong, tr("FangSong: body text")},
        {FontRole::KaiTi, tr("KaiTi: second-level headings")},
        {FontRole::HeiTi, tr("HeiTi: first-level headings, confidentiality mark")},
        {FontRole::SongTi, tr("SongTi: page numbers")},
    };
    m_fontTable->setRowCount(static_cast<int>(roles.size()));
    for (int row = 0; row < roles.size(); ++row) {
        const documents::FontChoice choice = documents::fontFor(roles.at(row).first);
        m_fontTable->setItem(row, 0, new QTableWidgetItem(roles.at(row).second));
        auto* family = new QTableWidgetItem(choice.family);
        family->setFont(documents::makeFont(roles.at(row).first, font().pointSizeF(), false));
        m_fontTable->setItem(row, 1, family);
        m_fontTable->setItem(row, 2, new QTableWidgetItem(choice.official ? tr("Official") : tr("Stand-in")));
    }
}

void PrintingSettingsTab::checkPaper()
{
    const QString name = m_printerCombo->currentData().toString();
    m_paperResultLabel->setText(PrinterSetup::paperCheck(name));
}

void PrintingSettingsTab::save() const
{
    UiSettings::setDefaultPrinter(m_printerCombo->currentData().toString());
    UiSettings::setCheckPaperBeforePrinting(m_paperCheck->isChecked());
}

} // namespace qf::ui
