#pragma once

#include "WorkspacePage.h"
#include "documents/DocumentLayout.h"
#include "documents/DocumentService.h"
#include "documents/RecordLookup.h"
#include "documents/Template.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The documents area: the template catalog, a case or lead, the documents made for it (status, version, number),
// create from template with a preview beside the bound fields, approval, new versions, service, printing, PDF
// export, print preview, the print log of the selected document and the numbering registry.
class DocumentsPage : public WorkspacePage
{
    Q_OBJECT

public:
    // What the preview caption says while nothing is chosen.
    static QString previewHint();
    explicit DocumentsPage(access::Session& session, QWidget* parent = nullptr);
    ~DocumentsPage() override;

    void reload() override;
    void releaseForLock() override;

    // Selects a case or lead by number or UID; false (with the reason shown) when none is found.
    bool setRecord(const QString& numberOrUid);
    bool selectTemplate(const QString& templateId);
    bool selectDocument(const QString& documentUid);
    QString currentDocumentUid() const;

    // The actions, as the buttons run them (tests call them directly with their inputs).
    // A template about one record of the case (a talk, a recusal, an appeal) is made for itemUid, or asks which.
    QString createFromTemplate(const QString& itemUid = {});
    bool approveCurrent();
    QString newVersionOfCurrent();
    bool markCurrentServed(const QDate& servedOn, const QString& recipient);
    // Exports logged copies of the selected (approved) document as one PDF; returns false and shows why on refusal.
    bool exportPdf(const QString& path, int copies = 1, const QString& recipient = {}, bool includeIdentities = false);

    QTableWidget* documentsTable() const { return m_documentsTable; }
    QTableWidget* printLogTable() const { return m_printLogTable; }
    QTableWidget* fieldsTable() const { return m_fieldsTable; }

private:
    void loadRecords();
    void recordChosen();
    void findRecord();
    void showRecord(const documents::RecordRef& record);
    void loadTemplates();
    void loadDocuments(const QString& selectUid = {});
    void templateChosen();
    void documentChosen();
    void loadPrintLog();
    void showPreview(const std::optional<documents::DocumentLayout>& layout);
    void paintPreview(QPrinter* printer);
    void updateButtons();
    void showError(const Error& error);
    std::optional<QString> chooseItem(const documents::Template& tmpl);
    // Asks how many copies, for whom and whether with protected identities; nullopt when the form is cancelled.
    std::optional<documents::PrintRequest> askCopies(const QString& title, const QString& note);
    void clearError();

    void serveDialog();
    void printDialog();
    void exportDialog();
    void previewDialog();
    void openRegistry();

    access::Session& m_session;
    std::optional<documents::RecordRef> m_record;
    std::optional<documents::DocumentLayout> m_previewLayout;
    QComboBox* m_recordCombo;
    QLineEdit* m_recordEdit;
    QPushButton* m_findButton;
    QLabel* m_recordLabel;
    QListWidget* m_templateList;
    QPushButton* m_createButton;
    QTableWidget* m_documentsTable;
    QPushButton* m_approveButton;
    QPushButton* m_versionButton;
    QPushButton* m_serveButton;
    QPushButton* m_printButton;
    QPushButton* m_exportButton;
    QPushButton* m_previewButton;
    QPushButton* m_registryButton;
    QPushButton* m_caseFileButton;
    QTableWidget* m_printLogTable;
    QTableWidget* m_fieldsTable;
    QLabel* m_previewCaption;
    QLabel* m_fontNote;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview;
    QLabel* m_errorLabel;
};

} // namespace qf::ui
