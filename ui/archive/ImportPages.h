#pragma once

#include "ArchiveTaskPage.h"
#include "archive/ArchiveImporter.h"
#include "archive/ArchiveVerifier.h"
#include "crypto/SecretBytes.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace qf::ui {

class ArchiveReportView;

// The archive file, and its passphrase when it has one.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget* parent = nullptr);

    QString path() const;
    crypto::SecretBytes passphrase() const;
    bool validatePage() override;

private:
    void browse();

    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QLabel* m_error;
};

// Verification of the whole file before anything is imported, and its report.
class ImportVerifyPage : public ArchiveTaskPage
{
    Q_OBJECT

public:
    explicit ImportVerifyPage(QWidget* parent = nullptr);

    ArchiveReportView* reportView() const { return m_view; }
    void started();
    // allowed: whether the wizard may go on to the import.
    void finished(const archive::VerifyReport& report, bool allowed, const QString& note);

private:
    ArchiveReportView* m_view;
};

// The last look before importing; the reason when accepting an untrusted signer.
class ImportConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportConfirmPage(QWidget* parent = nullptr);

    void prepare(const archive::VerifyReport& report, bool needsOverride);
    QString overrideReason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    bool validatePage() override;

private:
    QLabel* m_summary;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_error;
    bool m_needsOverride = false;
};

// The import on its worker thread, then what it added and the conflicts it left alone.
class ImportRunPage : public ArchiveTaskPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget* parent = nullptr);

    QTableWidget* conflictTable() const { return m_conflicts; }
    void started();
    void succeeded(const archive::ImportResult& result);
    void failed(const QString& message);

private:
    QTableWidget* m_conflicts;
};

} // namespace qf::ui
