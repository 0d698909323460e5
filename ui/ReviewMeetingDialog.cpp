#include "ReviewMeetingDialog.h"

#include "AgendaTableWidget.h"
#include "AttendeesTableWidget.h"
#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "access/Session.h"
#include "leads/LeadService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf::ui {

ReviewMeetingDialog::ReviewMeetingDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_errorLabel(ErrorMessages::createBanner(QStringLiteral("errorLabel"))),
      m_scheduleCombo(new QComboBox), m_heldOnEdit(new QDateEdit(QDate::currentDate())),
      m_agendaTable(new AgendaTableWidget), m_attendeesTable(new AttendeesTableWidget), m_quorumLabel(new QLabel),
      m_conclusionEdit(new QPlainTextEdit), m_summaryBrowser(new QTextBrowser),
      m_signCheck(new QCheckBox(tr("I have read this record and si&gn it as %1").arg(session.user().displayName))),
      m_recordButton(new QPushButton(tr("&Record meeting")))
{
    setObjectName(QStringLiteral("reviewMeetingDialog"));
    setWindowTitle(tr("Collective review of leads"));

    m_scheduleCombo->setObjectName(QStringLiteral("scheduleComboBox"));
    auto schedules = leads::ReviewService(m_session).schedules();
    if (schedules.ok())
        m_schedules = schedules.value();
    else
        showError(ErrorMessages::describe(schedules.error()));
    for (const leads::ReviewSchedule& schedule : std::as_const(m_schedules))
        m_scheduleCombo->addItem(tr("%1 (quorum %2)").arg(schedule.name).arg(schedule.quorum), schedule.uid);
    m_heldOnEdit->setObjectName(QStringLiteral("heldOnDateEdit"));
    m_heldOnEdit->setCalendarPopup(true);
    m_heldOnEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_heldOnEdit->setMaximumDate(QDate::currentDate());
    m_quorumLabel->setObjectName(QStringLiteral("quorumLabel"));
    m_conclusionEdit->setObjectName(QStringLiteral("conclusionPlainTextEdit"));
    m_conclusionEdit->setTabChangesFocus(true);
    m_conclusionEdit->setPlaceholderText(tr("Conclusion of the meeting"));
    m_conclusionEdit->setMaximumHeight(70);
    m_summaryBrowser->setObjectName(QStringLiteral("summaryTextBrowser"));
    m_signCheck->setObjectName(QStringLiteral("signCheckBox"));
    m_recordButton->setObjectName(QStringLiteral("recordPushButton"));
    m_recordButton->setAutoDefault(false);
    auto* cancelButton = new QPushButton(tr("Cancel"));
    cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    cancelButton->setAutoDefault(false);

    auto* addAttendee = new QPushButton(tr("&Add member"));
    addAttendee->setObjectName(QStringLiteral("addAttendeePushButton"));
    addAttendee->setAutoDefault(false);
    auto* removeAttendee = new QPushButton(tr("Remo&ve member"));
    removeAttendee->setObjectName(QStringLiteral("removeAttendeePushButton"));
    removeAttendee->setAutoDefault(false);

    auto* header = new QFormLayout;
    header->addRow(tr("&Schedule:"), m_scheduleCombo);
    header->addRow(tr("&Held on:"), m_heldOnEdit);

    m_agendaBox = new QGroupBox;
    auto* agendaBox = m_agendaBox;
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agendaTable);

    auto* attendeesBox = new QGroupBox(tr("Attendance and opinions"));
    auto* attendeesLayout = new QVBoxLayout(attendeesBox);
    attendeesLayout->addWidget(m_attendeesTable);
    auto* attendeeButtons = new QHBoxLayout;
    attendeeButtons->addWidget(m_quorumLabel, 1);
    attendeeButtons->addWidget(addAttendee);
    attendeeButtons->addWidget(removeAttendee);
    attendeesLayout->addLayout(attendeeButtons);
    attendeesLayout->addWidget(m_conclusionEdit);

    auto* summaryBox = new QGroupBox(tr("Record to sign"));
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summaryBrowser);
    summaryLayout->addWidget(m_signCheck);

    auto* lower = new QHBoxLayout;
    lower->addWidget(attendeesBox, 3);
    lower->addWidget(summaryBox, 2);
    auto* lowerWidget = new QWidget;
    lowerWidget->setLayout(lower);
    lower->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(agendaBox);
    splitter->addWidget(lowerWidget);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recordButton);
    buttons->addWidget(cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_scheduleCombo, &QComboBox::currentIndexChanged, this, &ReviewMeetingDialog::loadAgenda);
    connect(m_heldOnEdit, &QDateEdit::dateChanged, this, &ReviewMeetingDialog::loadAgenda);
    connect(m_agendaTable, &AgendaTableWidget::decisionsChanged, this, &ReviewMeetingDialog::updateSummary);
    connect(m_attendeesTable, &AttendeesTableWidget::attendeesChanged, this, [this] {
        updateQuorum();
        updateSummary();
    });
    connect(m_conclusionEdit, &QPlainTextEdit::textChanged, this, &ReviewMeetingDialog::updateSummary);
    connect(addAttendee, &QPushButton::clicked, this, [this] {
        m_attendeesTable->addAttendee();
        m_attendeesTable->setFocus();
        m_attendeesTable->editItem(m_attendeesTable->item(m_attendeesTable->rowCount() - 1, 0));
    });
    connect(removeAttendee, &QPushButton::clicked, m_attendeesTable, &AttendeesTableWidget::removeCurrentAttendee);
    connect(m_signCheck, &QCheckBox::toggled, m_recordButton, &QPushButton::setEnabled);
    connect(m_recordButton, &QPushButton::clicked, this, &ReviewMeetingDialog::recordMeeting);
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_recordButton->isEnabled())
                recordMeeting();
        });
    }

    m_attendeesTable->addAttendee(session.user().displayName);
    m_recordButton->setEnabled(false);
    loadAgenda();
    m_scheduleCombo->setFocus();
    resize(1240, 760);
}

int ReviewMeetingDialog::quorum() const
{
    const int row = m_scheduleCombo->currentIndex();
    return row >= 0 && row < m_schedules.size() ? m_schedules.at(row).quorum : 0;
}

QDate ReviewMeetingDialog::agendaDate() const
{
    // The meeting takes up what is due by its scheduled date, even when it convenes a little early.
    const int row = m_scheduleCombo->currentIndex();
    const QDate scheduled = row >= 0 && row < m_schedules.size() ? m_schedules.at(row).nextDate : QDate();
    return scheduled.isValid() && scheduled > m_heldOnEdit->date() ? scheduled : m_heldOnEdit->date();
}

void ReviewMeetingDialog::loadAgenda()
{
    const QDate asOf = agendaDate();
    m_agendaBox->setTitle(tr("Agenda: leads due by %1").arg(CaseTerms::date(asOf)));
    auto agenda = leads::LeadService(m_session).agenda(asOf);
    if (!agenda.ok()) {
        showError(ErrorMessages::describe(agenda.error()));
        m_agendaTable->setAgenda({}, m_heldOnEdit->date());
    } else {
        m_agendaTable->setAgenda(agenda.value(), m_heldOnEdit->date());
    }
    updateQuorum();
    updateSummary();
}

void ReviewMeetingDialog::updateQuorum()
{
    const int present = m_attendeesTable->presentCount();
    const int needed = quorum();
    const bool enough = present >= needed;
    m_quorumLabel->setText(enough ? tr("Present: %1 of the required %2 — quorum reached").arg(present).arg(needed)
                                  : tr("Present: %1 of the required %2 — no quorum").arg(present).arg(needed));
    m_quorumLabel->setStyleSheet(enough ? QStringLiteral("QLabel { color: #267a3c; font-weight: bold; }")
                                        : QStringLiteral("QLabel { color: #b01c1c; font-weight: bold; }"));
}

leads::ReviewMeetingRecord ReviewMeetingDialog::record() const
{
    leads::ReviewMeetingRecord record;
    record.scheduleUid = m_scheduleCombo->currentData().toString();
    record.heldOn = m_heldOnEdit->date();
    record.attendees = m_attendeesTable->attendees();
    record.summary = m_conclusionEdit->toPlainText().trimmed();
    record.decisions = m_agendaTable->decisions();
    return record;
}

void ReviewMeetingDialog::updateSummary()
{
    const leads::ReviewMeetingRecord current = record();
    QString html = QStringLiteral("<p><b>") + m_scheduleCombo->currentText().toHtmlEscaped() +
                   QStringLiteral("</b><br>") + tr("Held on %1").arg(CaseTerms::date(current.heldOn)).toHtmlEscaped() +
                   QStringLiteral("</p><p>");
    QStringList present;
    QStringList absent;
    for (const leads::Attendee& attendee : current.attendees)
        (attendee.present ? present : absent) << attendee.name;
    html += tr("Present: %1").arg(present.join(tr(", "))).toHtmlEscaped() + QStringLiteral("<br>");
    if (!absent.isEmpty())
        html += tr("Absent: %1").arg(absent.join(tr(", "))).toHtmlEscaped() + QStringLiteral("<br>");
    for (const leads::Attendee& attendee : current.attendees)
        if (attendee.dissent)
            html += QStringLiteral("<i>") +
                    tr("Dissent by %1: %2").arg(attendee.name, attendee.opinion).toHtmlEscaped() +
                    QStringLiteral("</i><br>");
    html += QStringLiteral("</p><ol>");
    for (const leads::LeadDecision& decision : current.decisions) {
        QString line = m_agendaTable->numberOf(decision.leadUid) + QStringLiteral(" — ") +
                       leads::dispositionDisplayName(decision.disposition);
        if (decision.disposition == leads::Disposition::Hold)
            line += tr(", next review %1").arg(CaseTerms::date(decision.nextReviewDate));
        if (decision.disposition == leads::Disposition::Forward)
            line += tr(", to %1").arg(decision.forward.agency);
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral(": ") +
                (decision.reason.isEmpty() ? QStringLiteral("<span style=\"color:#b01c1c\">") +
                                                 tr("reason missing").toHtmlEscaped() + QStringLiteral("</span>")
                                           : decision.reason.toHtmlEscaped()) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    if (current.decisions.isEmpty())
        html += QStringLiteral("<p>") + tr("No disposition chosen yet.").toHtmlEscaped() + QStringLiteral("</p>");
    if (!current.summary.isEmpty())
        html += QStringLiteral("<p>") + current.summary.toHtmlEscaped() + QStringLiteral("</p>");
    m_summaryBrowser->setHtml(html);
    // Any change after signing needs a new signature.
    m_signCheck->setChecked(false);
}

void ReviewMeetingDialog::showError(const QString& html)
{
    m_errorLabel->setText(html);
    m_errorLabel->setVisible(!html.isEmpty());
}

QString ReviewMeetingDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void ReviewMeetingDialog::recordMeeting()
{
    if (!m_signCheck->isChecked()) {
        showError(ErrorMessages::describe({ErrorCode::Invalid, tr("Sign the record before saving it.")}));
        m_signCheck->setFocus();
        return;
    }
    auto recorded = leads::ReviewService(m_session).recordMeeting(record());
    if (!recorded.ok()) {
        showError(ErrorMessages::describe(recorded.error()));
        return;
    }
    showError({});
    m_meetingUid = recorded.value();
    accept();
}

} // namespace qf::ui
