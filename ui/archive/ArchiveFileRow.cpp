#include "ArchiveFileRow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace qf::ui {

QPushButton* ArchiveFileRow::add(QFormLayout* form, QLineEdit* path)
{
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    form->addRow(tr("Archive &file:"), row);
    return browse;
}

} // namespace qf::ui
