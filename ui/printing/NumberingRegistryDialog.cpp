#include "printing/NumberingRegistryDialog.h"

#include "ErrorMessages.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "documents/NumberingService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum Column
{
    NumberColumn,
    KindColumn,
    YearColumn,
    TargetColumn,
    IssuedAtColumn,
    IssuedByColumn,
    VoidColumn,
    ColumnCount
};

QString localTime(const QString& isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

NumberingRegistryDialog::NumberingRegistryDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_yearSpin(new QSpinBox), m_table(new QTableWidget(0, ColumnCount)),
      m_voidButton(new QPushButton(tr("&Void…"))),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("numberingErrorLabel")))
{
    setObjectName(QStringLiteral("numberingRegistryDialog"));
    setWindowTitle(tr("Numbering registry"));
    m_yearSpin->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpin->setRange(0, 2999);
    m_yearSpin->setSpecialValueText(tr("All years"));
    m_yearSpin->setValue(QDate::currentDate().year());
    m_table->setObjectName(QStringLiteral("numbersTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Kind"), tr("Year"), tr("Issued for"), tr("Issued at"), tr("Issued by"), tr("Voided")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(VoidColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NumberColumn, 200);
    m_table->setColumnWidth(TargetColumn, 150);
    m_table->setColumnWidth(IssuedAtColumn, 140);
    m_voidButton->setObjectName(QStringLiteral("voidNumberButton"));
    m_voidButton->setToolTip(tr("Void the selected number (approvers). A voided number is never issued again."));

    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_yearSpin);
    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSpin);
    bar->addStretch();
    bar->addWidget(m_voidButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("numberingButtonBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &NumberingRegistryDialog::reload);
    connect(m_voidButton, &QPushButton::clicked, this, &NumberingRegistryDialog::voidCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NumberingRegistryDialog::updateButtons);
    resize(1000, 520);
    reload();
}

int NumberingRegistryDialog::rowCount() const
{
    return m_table->rowCount();
}

void NumberingRegistryDialog::reload()
{
    m_errorLabel->hide();
    m_table->setRowCount(0);
    auto records = documents::NumberingService(m_session).list(m_yearSpin->value());
    if (!records.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(records.error()));
        m_errorLabel->show();
        updateButtons();
        return;
    }
    m_table->setRowCount(static_cast<int>(records->size()));
    int row = 0;
    for (const documents::NumberRecord& record : records.value()) {
        const QString target = record.targetType.isEmpty()
                                   ? QString()
                                   : QStringLiteral("%1 %2").arg(record.targetType, record.targetUid.left(8));
        const QStringList cells{record.text,
                                record.kind,
                                QString::number(record.year),
                                target,
                                localTime(record.issuedAt),
                                record.issuedBy,
                                record.voided ? tr("Voided: %1").arg(record.voidReason) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == TargetColumn)
                item->setToolTip(record.targetUid);
            if (record.voided) {
                QFont font = item->font();
                font.setStrikeOut(column == NumberColumn);
                item->setFont(font);
                item->setForeground(QColor(0x9e, 0x2a, 0x2a));
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, NumberColumn)->setData(Qt::UserRole, record.voided);
        ++row;
    }
    updateButtons();
}

void NumberingRegistryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selectable =
        row >= 0 && m_table->item(row, NumberColumn) && !m_table->item(row, NumberColumn)->data(Qt::UserRole).toBool();
    m_voidButton->setEnabled(selectable && m_session.can(access::Permission::ApproveSteps));
}

bool NumberingRegistryDialog::voidRow(int row, const QString& reason)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const QString number = m_table->item(row, NumberColumn)->text();
    const Status voided = documents::NumberingService(m_session).voidNumber(number, reason);
    if (!voided.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(voided.error()));
        m_errorLabel->show();
        return false;
    }
    reload();
    return true;
}

void NumberingRegistryDialog::voidCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const auto reason = FormDialog::askText(this, tr("Void %1").arg(m_table->item(row, NumberColumn)->text()),
                                            tr("Why is this number voided? It will never be issued again."), true,
                                            QStringLiteral("voidReasonEdit"));
    if (reason)
        voidRow(row, *reason);
}

} // namespace qf::ui
