#pragma once

#include "CaseTab.h"
#include "cases/ReviewService.h"

class QTableWidget;

namespace qf::ui {

// Review (审理): the review report, hearing records and the defence statement; and appeals, the first of which must
// be handled by its due date (首诉必办).
class CaseReviewTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseReviewTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void updateButtons();
    void addRecord();
    void lodgeAppeal();
    void decideAppeal();

    QTableWidget* m_records;
    QTableWidget* m_appeals;
    QPushButton* m_recordButton;
    QPushButton* m_lodgeButton;
    QPushButton* m_decideButton;
};

} // namespace qf::ui
