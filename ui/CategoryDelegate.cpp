#include "CategoryDelegate.h"

#include <QComboBox>

namespace qf::ui {

CategoryDelegate::CategoryDelegate(CategoryList list, QObject* parent)
    : QStyledItemDelegate(parent), m_list(std::move(list))
{
}

QWidget* CategoryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("categoryComboBox"));
    m_list.fill(combo, tr("(none)"));
    return combo;
}

void CategoryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int found = combo->findData(index.data(Qt::UserRole).toString());
    combo->setCurrentIndex(qMax(0, found));
}

void CategoryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const QString code = combo->currentData().toString();
    model->setData(index, code, Qt::UserRole);
    model->setData(index, code.isEmpty() ? QString() : combo->currentText(), Qt::DisplayRole);
}

} // namespace qf::ui
