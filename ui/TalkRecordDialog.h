#pragma once

#include "cases/MeasureService.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace qf::ui {

// 谈话笔录: venue, start and end, the person talked to, the staff present (at least two) and the questions and
// answers. Core refuses a talk without an approved talk measure; the dialog keeps the input and shows why.
class TalkRecordDialog : public QDialog
{
    Q_OBJECT

public:
    TalkRecordDialog(access::Session& session, const QString& caseUid, const QString& measureUid,
                     const QString& interviewee, QWidget* parent = nullptr);

    cases::TalkRecordDraft draft() const;
    void accept() override;

private:
    access::Session& m_session;
    QString m_caseUid;
    QString m_measureUid;
    QLineEdit* m_venueEdit;
    QDateTimeEdit* m_startEdit;
    QDateTimeEdit* m_endEdit;
    QLineEdit* m_intervieweeEdit;
    QLineEdit* m_staffEdit;
    QPlainTextEdit* m_contentEdit;
    QLabel* m_errorLabel;
};

} // namespace qf::ui
