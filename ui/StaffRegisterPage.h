#pragma once

#include "WorkspacePage.h"

class QDateEdit;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The staff register: who is certified to handle cases on a chosen date, their training hours that year,
// their talent-pool tier, their office and the open cases they serve on. User administrators record certificates,
// training, tiers and offices; those who assign teams read it.
class StaffRegisterPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit StaffRegisterPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;
    QTableWidget* table() const { return m_table; }
    static QString tierName(const QString& tier);

private:
    QString selectedLogin() const;
    void addCertification();
    void addTraining();
    void setTier();
    void setOffice();
    void showTraining();
    void updateButtons();

    access::Session& m_session;
    QDateEdit* m_asOfEdit;
    QTableWidget* m_table;
    QPushButton* m_certifyButton;
    QPushButton* m_trainingButton;
    QPushButton* m_tierButton;
    QPushButton* m_officeButton;
    QPushButton* m_historyButton;
};

} // namespace qf::ui
