#pragma once

#include "leads/Lead.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace qf::access {
class Session;
}

namespace qf::ui {

class SubjectsTableWidget;

// Registering a lead directly (线索登记): its classification, subjects, summary, the case it was found in (if any)
// and the staff assigned to it. Ctrl+Enter saves; a refused save keeps everything typed.
class LeadRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LeadRegisterDialog(access::Session& session, QWidget* parent = nullptr);

    leads::LeadDraft draft() const;
    // The lead the service registered, once saved.
    const std::optional<leads::Lead>& registered() const { return m_registered; }

    // Looks the typed case number up; the lead is linked to the case only when it is found.
    void lookUpCase();
    void save();

private:
    void showError(const QString& html);

    access::Session& m_session;
    QLabel* m_errorLabel;
    QComboBox* m_sourceCombo;
    QComboBox* m_allegationCombo;
    QComboBox* m_sectorCombo;
    QComboBox* m_cadreLevelCombo;
    QComboBox* m_confidentialityCombo;
    QPlainTextEdit* m_summaryEdit;
    SubjectsTableWidget* m_subjectsTable;
    QPushButton* m_addSubjectButton;
    QPushButton* m_removeSubjectButton;
    QLineEdit* m_caseNumberEdit;
    QPushButton* m_lookUpButton;
    QLabel* m_caseLabel;
    QListWidget* m_staffList;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    QString m_foundInCaseUid;
    std::optional<leads::Lead> m_registered;
};

} // namespace qf::ui
