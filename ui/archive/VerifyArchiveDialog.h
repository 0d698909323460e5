#pragma once

#include "archive/ArchiveVerifier.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace qf::storage {
class Vault;
}

namespace qf::ui {

class ArchiveReportView;
class TaskProgress;
class VerifyRunner;

// 校验档案包: checks an archive without importing it and shows the report and what the archive holds.
class VerifyArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyArchiveDialog(storage::Vault& vault, QWidget* parent = nullptr);

    void setPath(const QString& path);
    void startVerify();
    bool isRunning() const;
    const std::optional<archive::VerifyReport>& report() const;
    ArchiveReportView* reportView() const { return m_view; }
    void reject() override;

Q_SIGNALS:
    void verifyFinished(bool passed);

private:
    void browse();
    void verified();

    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QPushButton* m_verifyButton;
    TaskProgress* m_progress;
    ArchiveReportView* m_view;
    VerifyRunner* m_runner;
};

} // namespace qf::ui
