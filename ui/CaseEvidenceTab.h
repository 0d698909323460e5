#pragma once

#include "CaseTab.h"
#include "evidence/EvidenceService.h"

#include <QHash>
#include <QSet>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace qf::ui {

class AttachmentDropZone;
class CaseVerifyThread;

// 证据: the numbered evidence list of the case with the facts each item supports, the files attached to the
// selected item (stored encrypted in the vault, with their SHA-256), its chain of custody, and integrity checks
// of one file or of the whole case.
class CaseEvidenceTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseEvidenceTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

    // Streams a file into the vault as an attachment of the selected evidence, with progress and Cancel.
    bool attachFile(const QString& path);
    // Re-verifies the selected attachment; the result is shown below.
    bool verifySelectedAttachment();
    // Starts re-verifying every attachment of the case on a worker thread, with progress and Cancel; returns
    // whether it started. caseVerificationFinished reports the outcome once it is recorded.
    bool verifyWholeCase();
    void cancelCaseVerification();
    bool selectEvidence(const QString& evidenceUid);
    void releaseForLock() override;

Q_SIGNALS:
    void caseVerificationFinished(bool passed);

private:
    const evidence::EvidenceItem* selectedItem() const;
    void showDetails();
    void updateButtons();
    void recordEvidence();
    void chooseFiles();
    void attachFiles(const QStringList& paths);
    void exportCopy();
    void previewAttachment();
    void addCustodyStep();
    void showResult(const QString& text, bool failed);
    void finishCaseVerification();
    void stopCaseVerification();

    QString m_shownCaseUid;
    QList<evidence::EvidenceItem> m_items;
    QList<evidence::CustodyEvent> m_events;
    QHash<QString, QString> m_checks; // attachment uid → result of the last check in this window
    QSet<QString> m_failed;           // attachments whose check failed: a permanent record in the vault
    QTableWidget* m_table;
    QTableWidget* m_attachments;
    QTableWidget* m_custody;
    AttachmentDropZone* m_dropZone;
    QLabel* m_resultLabel;
    QProgressBar* m_verifyProgress;
    CaseVerifyThread* m_verifyThread = nullptr;
    QPushButton* m_recordButton;
    QPushButton* m_attachButton;
    QPushButton* m_verifyButton;
    QPushButton* m_verifyAllButton;
    QPushButton* m_cancelVerifyButton;
    QPushButton* m_exportButton;
    QPushButton* m_previewButton;
    QPushButton* m_custodyButton;
};

} // namespace qf::ui
