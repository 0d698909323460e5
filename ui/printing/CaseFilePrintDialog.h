#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Prints the whole case file (卷宗): cover, contents with page numbers, the approved documents and the reference
// sheet, as one run with continuous page numbers. Print preview shows it unlogged; printing and PDF export log
// every document in it as a copy for the recipient, with its copy number printed on it.
class CaseFilePrintDialog : public QDialog
{
    Q_OBJECT

public:
    CaseFilePrintDialog(access::Session& session, const QString& caseUid, const QString& caseNumber,
                        QWidget* parent = nullptr);

    // The actions, as the buttons run them (tests call them directly). Both show the reason on refusal.
    bool exportPdf(const QString& path);
    int previewPageCount();
    QLineEdit* recipientEdit() const { return m_recipientEdit; }

private:
    void preview();
    void print();
    void exportDialog();
    void showResult(const QString& text, bool error);

    access::Session& m_session;
    QString m_caseUid;
    QString m_caseNumber;
    QLineEdit* m_recipientEdit;
    QLabel* m_resultLabel;
};

} // namespace qf::ui
