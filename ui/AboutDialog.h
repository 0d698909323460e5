#pragma once

#include <QDialog>

namespace qf::ui {

// Version and build information, and the versions of the libraries Qingfeng runs on, selectable for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // cipherVersion: the SQLCipher version of the open vault (empty when none is open).
    explicit AboutDialog(const QString& cipherVersion, QWidget* parent = nullptr);

    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace qf::ui
