#pragma once

#include "access/Session.h"
#include "reporting/RecommendationLetter.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

// Recommendation letters (纪律检查建议书): every letter with its reply deadline, overdue replies marked, and the
// steps: draft a letter for a case, record rectification feedback, write the typical-case analysis, export the PDF.
class RecommendationLettersTab : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationLettersTab(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();
    QTableWidget* lettersTable() const { return m_letters; }

private:
    void newLetter();
    void recordFeedback();
    void writeAnalysis();
    void exportPdf();
    void updateButtons();
    QString currentUid() const;
    bool report(const Status& status);

    access::Session& m_session;
    QTableWidget* m_letters;
    QCheckBox* m_overdueOnly;
    QLabel* m_errorLabel;
    QPushButton* m_newButton;
    QPushButton* m_feedbackButton;
    QPushButton* m_analysisButton;
    QPushButton* m_exportButton;
};

} // namespace qf::ui
