#pragma once

#include "CaseTab.h"

class QTableWidget;

namespace qf::ui {

// Open stage deadlines with their due dates, extension requests and decisions, and supervision (挂牌督办) with its
// progress reports.
class CaseDeadlinesTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseDeadlinesTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void updateButtons();
    void requestExtension();
    void decideExtension(bool approve);
    void startSupervision();
    void reportProgress();

    QTableWidget* m_deadlines;
    QTableWidget* m_extensions;
    QTableWidget* m_supervisions;
    QPushButton* m_extendButton;
    QPushButton* m_approveButton;
    QPushButton* m_refuseButton;
    QPushButton* m_superviseButton;
    QPushButton* m_progressButton;
};

} // namespace qf::ui
