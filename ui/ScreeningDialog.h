#pragma once

#include "intake/Report.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Screening a report (初步甄别): open a new lead, attach to a lead (duplicates suggested), forward to the agency with
// jurisdiction, or file for reference. Every outcome needs a reason.
class ScreeningDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningDialog(access::Session& session, const intake::Report& report, QWidget* parent = nullptr);

    // The lead or transfer the screening produced (empty when filed), once saved.
    QString resultUid() const { return m_resultUid; }
    void save();

private:
    QWidget* buildNewLeadPage();
    QWidget* buildAttachPage();
    QWidget* buildForwardPage();
    void loadDuplicates();
    void findLeadsByNumber();
    void showError(const QString& html);

    access::Session& m_session;
    intake::Report m_report;
    QLabel* m_errorLabel;
    QComboBox* m_outcomeCombo;
    QStackedWidget* m_outcomeStack;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_allegationCombo = nullptr;
    QComboBox* m_cadreLevelCombo = nullptr;
    QComboBox* m_confidentialityCombo = nullptr;
    QListWidget* m_candidateList = nullptr;
    QLineEdit* m_leadNumberEdit = nullptr;
    QLineEdit* m_agencyEdit = nullptr;
    QPlainTextEdit* m_materialsEdit = nullptr;
    QDateEdit* m_feedbackDueEdit = nullptr;
    QPlainTextEdit* m_reasonEdit;
    QPushButton* m_saveButton;
    QString m_resultUid;
};

} // namespace qf::ui
