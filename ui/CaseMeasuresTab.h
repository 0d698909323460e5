#pragma once

#include "CaseTab.h"
#include "cases/MeasureService.h"

class QTableWidget;

namespace qf::ui {

// Investigative measures: requested with a basis, approved before use for a validity period, executed and
// ended; talks are recorded against an approved talk measure.
class CaseMeasuresTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseMeasuresTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    const cases::Measure* selected() const;
    void updateButtons();
    void requestMeasure();
    void approve();
    void refuse();
    void recordExecution();
    void endMeasure();
    void recordTalk();

    QList<cases::Measure> m_measures;
    QTableWidget* m_table;
    QPushButton* m_requestButton;
    QPushButton* m_approveButton;
    QPushButton* m_refuseButton;
    QPushButton* m_executeButton;
    QPushButton* m_endButton;
    QPushButton* m_talkButton;
};

} // namespace qf::ui
