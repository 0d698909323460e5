#pragma once

#include "cases/Case.h"
#include "evidence/EvidenceService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace qf::access {
class Session;
}

namespace qf::ui {

// 调取证据: records one item of evidence of a case: its type, what it is and where it came from, when and where it
// was collected, by whom (at least two of the case team) in whose presence, and the alleged facts it supports.
class EvidenceRecordDialog : public QDialog
{
    Q_OBJECT

public:
    EvidenceRecordDialog(access::Session& session, const cases::Case& c, QWidget* parent = nullptr);

    evidence::EvidenceDraft draft() const;
    const evidence::EvidenceItem& recorded() const { return m_recorded; }
    void accept() override;

private:
    access::Session& m_session;
    QString m_caseUid;
    QComboBox* m_kindCombo;
    QLineEdit* m_descriptionEdit;
    QLineEdit* m_sourceEdit;
    QLineEdit* m_holderEdit;
    QDateTimeEdit* m_collectedAtEdit;
    QLineEdit* m_placeEdit;
    QListWidget* m_collectorsList;
    QLineEdit* m_witnessEdit;
    QPlainTextEdit* m_factsEdit;
    QLabel* m_errorLabel;
    evidence::EvidenceItem m_recorded;
};

} // namespace qf::ui
