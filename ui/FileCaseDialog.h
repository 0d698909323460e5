#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Opens a case (立案) from a lead that carries a 立案审查 disposition or an approved preliminary verification. The
// lead is picked from the eligible ones by number, or given by its uid.
class FileCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FileCaseDialog(access::Session& session, QWidget* parent = nullptr);

    void setLead(const QString& leadUidOrNumber);
    QString openedCaseUid() const { return m_caseUid; }
    void accept() override;

private:
    void findLeads();
    QString chosenLeadUid() const;

    access::Session& m_session;
    QLineEdit* m_leadEdit;
    QListWidget* m_leadList;
    QLineEdit* m_titleEdit;
    QLabel* m_errorLabel;
    QString m_caseUid;
};

} // namespace qf::ui
