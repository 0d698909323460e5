#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// 信任列表: this workstation's own key fingerprint (and its public key file to give to others), and the other
// workstations whose archives this vault accepts. Only an administrator adds or revokes keys.
class TrustListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrustListPanel(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();
    QTableWidget* table() const { return m_table; }

    // What the buttons do once the user has chosen; return the error shown, if any.
    Status addKeyFile(const QString& path, const QString& label);
    Status revoke(const QString& fingerprint, const QString& reason);
    Status saveOwnKey(const QString& path);

private:
    void askAddKey();
    void askRevoke();
    void askSaveOwnKey();
    void showError(const Error& error);

    access::Session& m_session;
    QLabel* m_ownFingerprint;
    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_revokeButton;
    QLabel* m_error;
};

} // namespace qf::ui
