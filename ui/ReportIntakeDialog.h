#pragma once

#include "CategoryList.h"
#include "intake/Report.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
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

// Registering a report (信访举报件登记), laid out in the order a letter is read and typed: channel, date, reporter,
// subjects, allegations, summary. Ctrl+Enter saves; a refused save keeps everything typed.
class ReportIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportIntakeDialog(access::Session& session, QWidget* parent = nullptr);

    intake::ReportDraft draft() const;
    void setDraft(const intake::ReportDraft& draft);
    // What the service registered, once saved.
    const std::optional<intake::RegistrationResult>& registration() const { return m_registration; }

    void save();

private:
    void buildShortcuts();
    void updateReporterFields();
    void showIdProblems(const QStringList& problems);
    void showError(const QString& html);

    access::Session& m_session;
    CategoryList m_allegations;
    CategoryList m_sectors;
    QLabel* m_errorLabel;
    QComboBox* m_channelCombo;
    QDateEdit* m_receivedEdit;
    QCheckBox* m_realNameCheck;
    QLineEdit* m_reporterNameEdit;
    QLineEdit* m_reporterIdEdit;
    QLineEdit* m_reporterPhoneEdit;
    QLineEdit* m_reporterAddressEdit;
    QLineEdit* m_reporterUnitEdit;
    QLabel* m_reporterIdProblemLabel;
    SubjectsTableWidget* m_subjectsTable;
    QPushButton* m_addSubjectButton;
    QPushButton* m_removeSubjectButton;
    QLabel* m_subjectProblemsLabel;
    QListWidget* m_allegationList;
    QComboBox* m_sectorCombo;
    QPlainTextEdit* m_summaryEdit;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    std::optional<intake::RegistrationResult> m_registration;
};

} // namespace qf::ui
