#pragma once

#include "access/Session.h"
#include "reporting/IntegrityOpinion.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

// The integrity opinion workflow (廉政意见回复): requests on the left; on the right each person with the match and
// the computed conclusion, and the steps that follow: decide an ambiguous match, confirm or amend (with a reason),
// and export the reply letter. The dialogs call the public steps, which tests drive directly.
class IntegrityOpinionsTab : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrityOpinionsTab(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();

    bool createRequest(const reporting::OpinionRequestDraft& draft);
    bool importCsv(const reporting::OpinionRequestDraft& draft, const QByteArray& csv);
    bool selectRequest(const QString& uid);
    bool selectEntry(int seq);
    bool decideSelected(qint64 personId);
    bool confirmSelected();
    bool amendSelected(reporting::OpinionConclusion conclusion, const QString& detail, const QString& reason);
    bool recompute();
    bool exportReply(const QString& path);

    QString currentRequestUid() const { return m_requestUid; }
    QTableWidget* requestsTable() const { return m_requests; }
    QTableWidget* entriesTable() const { return m_entries; }
    QString lastError() const { return m_lastError; }

private:
    void newRequest();
    void importFile();
    void decideMatch();
    void amend();
    void exportPdf();
    void requestChosen();
    void showRequest();
    void updateButtons();
    std::optional<reporting::OpinionEntry> currentEntry() const;
    bool report(const Status& status);
    std::optional<reporting::OpinionRequestDraft> askRequestHeader(bool withPeople);

    access::Session& m_session;
    QTableWidget* m_requests;
    QTableWidget* m_entries;
    QLabel* m_errorLabel;
    QPushButton* m_decideButton;
    QPushButton* m_confirmButton;
    QPushButton* m_amendButton;
    QPushButton* m_recomputeButton;
    QPushButton* m_exportButton;
    QString m_requestUid;
    std::optional<reporting::OpinionRequest> m_request;
    QString m_lastError;
};

} // namespace qf::ui
