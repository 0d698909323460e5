#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMap>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

// "&Lock" -> "Lock", "Check &paper now…" -> "Check paper now", "设置(&S)…" -> "设置": the Chinese style of mnemonic
// in brackets goes with its letter.
QString ShortcutSheet::plainLabel(QString text)
{
    static const QRegularExpression bracketedMnemonic(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(bracketedMnemonic);
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

ShortcutSheet::ShortcutSheet(const QWidget* window, QWidget* parent) : QDialog(parent), m_table(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    QMap<QString, QString> rows; // keys -> action, sorted and without duplicates
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions)
        for (const QKeySequence& keys : action->shortcuts())
            if (!keys.isEmpty() && !action->text().isEmpty())
                rows.insert(keys.toString(QKeySequence::NativeText), plainLabel(action->text()));
    rows.insert(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText), tr("Next field"));
    rows.insert(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Close a dialog without saving"));
    m_table->setRowCount(static_cast<int>(rows.size()));
    int row = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 520);
}

} // namespace qf::ui
