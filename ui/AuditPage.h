#pragma once

#include "WorkspacePage.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace qf::access {
class Session;
}

namespace qf::ui {

class AuditTableModel;
class AuditVerifyThread;

// The audit trail (审计日志): a lazily loaded table, its head, and verification of the chain on a worker thread.
class AuditPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit AuditPage(access::Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    void reload() override;
    void releaseForLock() override;

    AuditTableModel* model() const { return m_model; }
    bool isVerifying() const { return m_thread != nullptr; }
    void startVerification();
    void cancelVerification();

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    void showHead();
    void verificationDone();
    void showResult(const QString& html, bool good);
    void stopThread();

    access::Session& m_session;
    AuditTableModel* m_model;
    QLabel* m_headLabel;
    QLabel* m_resultLabel;
    QPushButton* m_refreshButton;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progressBar;
    QTableView* m_tableView;
    AuditVerifyThread* m_thread = nullptr;
    qint64 m_expectedCount = 0;
};

} // namespace qf::ui
