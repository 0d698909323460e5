#pragma once

#include "intake/ProtectedIdentity.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The reporter of the selected report, masked. Seeing the clear text needs an approved grant; every view is audited
// by the service, and the clear text is dropped as soon as another report is chosen.
class ReporterIdentityPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReporterIdentityPanel(access::Session& session, QWidget* parent = nullptr);

    void showReport(const QString& reportUid, bool realName);
    void clear();
    void requestAccess();
    void revealIdentity();
    void recordReward();
    // What the panel shows right now (for tests and screen readers).
    QString shownText() const;

private:
    void showIdentity(const intake::ProtectedIdentity& identity);
    void showNote(const QString& text, bool problem);
    QString currentIdentityUid() const;
    QString rewardStatusName(const QString& status);

    access::Session& m_session;
    QList<intake::ProtectedIdentity> m_identities;
    QComboBox* m_identityCombo;
    QLabel* m_identityLabel;
    QLabel* m_noteLabel;
    QPushButton* m_requestButton;
    QPushButton* m_revealButton;
    QPushButton* m_rewardButton;
};

} // namespace qf::ui
