#include "RecordListDialog.h"

#include "CaseTerms.h"
#include "RecordOpener.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

RecordListDialog::RecordListDialog(access::Session& session, const QString& title,
                                   const QList<reporting::RecordRef>& records, qint64 counted, QWidget* parent)
    : QDialog(parent), m_session(session), m_records(records), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("recordListDialog"));
    setWindowTitle(title);
    m_table->setObjectName(QStringLiteral("recordTableWidget"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Summary"), tr("State")});
    m_table->setRowCount(int(records.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < records.size(); ++row) {
        const reporting::RecordRef& record = records.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(record.number));
        m_table->setItem(row, 1, new QTableWidgetItem(CaseTerms::date(record.date)));
        m_table->setItem(row, 2, new QTableWidgetItem(record.label));
        m_table->setItem(row, 3, new QTableWidgetItem(record.state));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    if (!records.isEmpty())
        m_table->selectRow(0);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openCurrent(); });

    auto* countLabel = new QLabel(
        counted > records.size()
            ? tr("%1 of the %2 records counted are listed (the rest are beyond the list's limit or confidential). "
                 "Press Enter or double-click to open one.")
                  .arg(records.size())
                  .arg(counted)
            : tr("%n record(s). Press Enter or double-click to open one.", nullptr, int(records.size())));
    countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    openButton->setObjectName(QStringLiteral("openRecordButton"));
    openButton->setEnabled(!records.isEmpty());
    connect(openButton, &QPushButton::clicked, this, &RecordListDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(countLabel);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 480);
}

void RecordListDialog::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size())
        return;
    const reporting::RecordRef& record = m_records.at(row);
    Q_EMIT recordOpened(record.kind, record.uid);
    RecordOpener::open(m_session, record.kind, record.uid, this);
}

} // namespace qf::ui
