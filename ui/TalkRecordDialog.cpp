#include "TalkRecordDialog.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace qf::ui {

TalkRecordDialog::TalkRecordDialog(access::Session& session, const QString& caseUid, const QString& measureUid,
                                   const QString& interviewee, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseUid(caseUid), m_measureUid(measureUid), m_venueEdit(new QLineEdit),
      m_startEdit(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600))),
      m_endEdit(new QDateTimeEdit(QDateTime::currentDateTime())), m_intervieweeEdit(new QLineEdit(interviewee)),
      m_staffEdit(new QLineEdit(session.login())), m_contentEdit(new QPlainTextEdit),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("talkErrorLabel")))
{
    setObjectName(QStringLiteral("talkRecordDialog"));
    setWindowTitle(tr("Record a talk"));
    m_venueEdit->setObjectName(QStringLiteral("venueEdit"));
    m_startEdit->setObjectName(QStringLiteral("startDateTimeEdit"));
    m_endEdit->setObjectName(QStringLiteral("endDateTimeEdit"));
    m_intervieweeEdit->setObjectName(QStringLiteral("intervieweeEdit"));
    m_staffEdit->setObjectName(QStringLiteral("staffEdit"));
    m_staffEdit->setPlaceholderText(tr("user names, separated by commas (at least two)"));
    m_contentEdit->setObjectName(QStringLiteral("contentEdit"));
    m_contentEdit->setTabChangesFocus(true);
    m_contentEdit->setPlaceholderText(tr("Q: … A: …"));
    for (QDateTimeEdit* edit : {m_startEdit, m_endEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(CaseTerms::kDateTimeFormat);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 60);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Venue:"), m_venueEdit);
    form->addRow(tr("&Started:"), m_startEdit);
    form->addRow(tr("&Ended:"), m_endEdit);
    form->addRow(tr("&Person talked to:"), m_intervieweeEdit);
    form->addRow(tr("Staff &present:"), m_staffEdit);
    form->addRow(tr("&Questions and answers:"), m_contentEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("talkButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TalkRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(620, 520);
}

cases::TalkRecordDraft TalkRecordDialog::draft() const
{
    cases::TalkRecordDraft draft;
    draft.caseUid = m_caseUid;
    draft.measureUid = m_measureUid;
    draft.venue = m_venueEdit->text().trimmed();
    draft.startedAt = m_startEdit->dateTime().toUTC();
    draft.endedAt = m_endEdit->dateTime().toUTC();
    draft.interviewee = m_intervieweeEdit->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    draft.staff = m_staffEdit->text().split(separators, Qt::SkipEmptyParts);
    draft.content = m_contentEdit->toPlainText().trimmed();
    return draft;
}

void TalkRecordDialog::accept()
{
    auto recorded = cases::MeasureService(m_session).recordTalk(draft());
    if (!recorded.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(recorded.error()));
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace qf::ui
