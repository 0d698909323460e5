#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The intake and lead counters on the dashboard: what is waiting for someone to act.
class IntakeCountersPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IntakeCountersPanel(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();

private:
    QLabel* addCounter(QFormLayout* form, const QString& label, const QString& objectName);

    access::Session& m_session;
    QLabel* m_newReportsLabel;
    QLabel* m_dueForReviewLabel;
    QLabel* m_heldDueLabel;
    QLabel* m_overdueTransfersLabel;
    QLabel* m_overdueFollowUpsLabel;
};

} // namespace qf::ui
