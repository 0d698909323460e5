#pragma once

#include "ShownOnDemandPage.h"
#include "reporting/Alert.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Alerts (预警提醒), all in one place: deadlines, supervision, transfers awaiting feedback, appeals and follow-ups
// that are overdue or fall due soon, soonest first. Enter or a double click opens the record.
class AlertsPage : public ShownOnDemandPage
{
    Q_OBJECT

public:
    explicit AlertsPage(access::Session& session, QWidget* parent = nullptr);

    void releaseForLock() override;
    void refresh() override;

    QTableWidget* table() const { return m_table; }
    const QList<reporting::Alert>& alerts() const { return m_shown; }
    void setToday(const QDate& today); // the day alerts are worked out for (today unless set)
    void openCurrent();

private:
    void showAlerts();
    static QString recordText(const reporting::Alert& alert);
    QString dueText(const reporting::Alert& alert) const;

    access::Session& m_session;
    QDate m_today;
    QComboBox* m_sourceCombo;
    QSpinBox* m_horizonSpin;
    QLabel* m_summaryLabel;
    QLabel* m_bannerLabel;
    QTableWidget* m_table;
    QList<reporting::Alert> m_all;
    QStringList m_cutShort;
    QList<reporting::Alert> m_shown;
};

} // namespace qf::ui
