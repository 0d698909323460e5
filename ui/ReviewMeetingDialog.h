#pragma once

#include "leads/ReviewService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace qf::access {
class Session;
}

namespace qf::ui {

class AgendaTableWidget;
class AttendeesTableWidget;

// A collective review meeting (线索集体排查): the schedule, the agenda of leads due, attendance with the quorum shown
// as it changes, one disposition per lead, and the record the chair signs before it is saved.
class ReviewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewMeetingDialog(access::Session& session, QWidget* parent = nullptr);

    AgendaTableWidget* agenda() const { return m_agendaTable; }
    AttendeesTableWidget* attendees() const { return m_attendeesTable; }
    int quorum() const;
    leads::ReviewMeetingRecord record() const;
    QString meetingUid() const { return m_meetingUid; }
    QString errorText() const;

    void loadAgenda();
    void recordMeeting();

private:
    QDate agendaDate() const;
    void updateQuorum();
    void updateSummary();
    void showError(const QString& html);

    access::Session& m_session;
    QList<leads::ReviewSchedule> m_schedules;
    QLabel* m_errorLabel;
    QComboBox* m_scheduleCombo;
    QDateEdit* m_heldOnEdit;
    QGroupBox* m_agendaBox = nullptr;
    AgendaTableWidget* m_agendaTable;
    AttendeesTableWidget* m_attendeesTable;
    QLabel* m_quorumLabel;
    QPlainTextEdit* m_conclusionEdit;
    QTextBrowser* m_summaryBrowser;
    QCheckBox* m_signCheck;
    QPushButton* m_recordButton;
    QString m_meetingUid;
};

} // namespace qf::ui
