#include "ArchiveReportView.h"

#include "ErrorMessages.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

ArchiveReportView::ArchiveReportView(QWidget* parent)
    : QWidget(parent), m_verdict(new QLabel), m_text(new QPlainTextEdit), m_entries(new QTableWidget(0, 4))
{
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Verification report"));
    m_entries->setObjectName(QStringLiteral("entriesTable"));
    m_entries->setAccessibleName(tr("Archive contents"));
    m_entries->setHorizontalHeaderLabels({tr("Kind"), tr("Record type"), tr("Uid"), tr("Size")});
    m_entries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->verticalHeader()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_text, 2);
    layout->addWidget(new QLabel(tr("Contents listed in the signed manifest:")));
    layout->addWidget(m_entries, 3);
}

void ArchiveReportView::clear()
{
    m_verdict->clear();
    m_text->clear();
    m_entries->setRowCount(0);
}

void ArchiveReportView::showReport(const archive::VerifyReport& report)
{
    m_verdict->setText(report.passed() ? tr("<b>The archive is intact and its signer is trusted.</b>")
                                       : ErrorMessages::describe(*report.failure));
    m_text->setPlainText(report.text());
    const auto& entries = report.manifest.entries;
    const int rows = report.manifestRead ? static_cast<int>(std::min<qsizetype>(entries.size(), kMaxRows)) : 0;
    m_entries->setRowCount(rows);
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const archive::ManifestEntry& entry = entries.at(row);
        const QStringList cells{entry.kind == archive::EntryKind::Record ? tr("record") : tr("attachment"), entry.type,
                                entry.uid, locale.formattedDataSize(entry.size)};
        for (int column = 0; column < cells.size(); ++column)
            m_entries->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace qf::ui
