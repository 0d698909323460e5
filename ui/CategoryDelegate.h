#pragma once

#include "CategoryList.h"

#include <QStyledItemDelegate>

namespace qf::ui {

// Edits a cell that holds a category code (Qt::UserRole) with a combo of the list's labels.
class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CategoryDelegate(CategoryList list, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    CategoryList m_list;
};

} // namespace qf::ui
