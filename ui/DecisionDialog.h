#pragma once

#include "decisions/CollectiveDecision.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Records a collective decision (集体研究决定): meeting type, date, quorum, each member with presence, opinion and
// dissent in their own words, the conclusion and the items decided. Signed on saving; it can then only be superseded.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(access::Session& session, const QString& caseUid, QWidget* parent = nullptr);

    // Starts from an earlier decision that the new one replaces.
    void supersede(const decisions::CollectiveDecision& earlier);
    void addMember(const leads::Attendee& member = {});
    decisions::CollectiveDecisionDraft draft() const;
    QString recordedUid() const { return m_recordedUid; }
    void accept() override;

private:
    access::Session& m_session;
    QString m_caseUid;
    QString m_supersedesUid;
    QString m_recordedUid;
    QLabel* m_supersedesLabel;
    QComboBox* m_typeCombo;
    QDateEdit* m_dateEdit;
    QSpinBox* m_quorumSpin;
    QTableWidget* m_members;
    QPlainTextEdit* m_conclusionEdit;
    QPlainTextEdit* m_itemsEdit;
    QLabel* m_errorLabel;
};

} // namespace qf::ui
