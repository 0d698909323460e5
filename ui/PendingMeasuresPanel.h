#pragma once

#include "cases/CaseRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Measures waiting for the approver, across cases: approve for a validity period, or refuse with a reason.
class PendingMeasuresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PendingMeasuresPanel(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();
    int pendingCount() const { return static_cast<int>(m_measures.size()); }

Q_SIGNALS:
    void openCaseRequested(const QString& caseUid);

private:
    const cases::PendingMeasure* selected() const;
    void updateButtons();
    void approve();
    void refuse();

    access::Session& m_session;
    QList<cases::PendingMeasure> m_measures;
    QTableWidget* m_table;
    QPushButton* m_approveButton;
    QPushButton* m_refuseButton;
    QPushButton* m_openButton;
};

} // namespace qf::ui
