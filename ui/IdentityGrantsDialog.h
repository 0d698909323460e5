#pragma once

#include "intake/ProtectedIdentity.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Pending requests to see a protected identity (身份查阅授权), for an approver to approve for some days or refuse.
class IdentityGrantsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityGrantsDialog(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void approveSelected();
    void refuseSelected();
    QTableWidget* table() const { return m_table; }

private:
    QString selectedGrant() const;
    void showMessage(const QString& html, bool problem);
    void updateButtons();

    access::Session& m_session;
    QList<intake::IdentityGrant> m_grants;
    QLabel* m_messageLabel;
    QTableWidget* m_table;
    QSpinBox* m_daysSpin;
    QLineEdit* m_noteEdit;
    QPushButton* m_approveButton;
    QPushButton* m_refuseButton;
};

} // namespace qf::ui
