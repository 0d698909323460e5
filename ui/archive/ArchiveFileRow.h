#pragma once

#include <QCoreApplication>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace qf::ui {

// The "Archive file" row of the export and import wizards and the verify dialog: the path, with a Browse button
// beside it.
class ArchiveFileRow
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::ArchiveFileRow)

public:
    // Adds the row to `form`; returns the Browse button, for the page to open its own file dialog.
    static QPushButton* add(QFormLayout* form, QLineEdit* path);
};

} // namespace qf::ui
