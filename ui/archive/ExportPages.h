#pragma once

#include "ArchiveTaskPage.h"
#include "archive/RecordCatalog.h"
#include "crypto/SecretBytes.h"

#include <QByteArrayList>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace qf::access {
class Session;
}

namespace qf::ui {

class PasswordFields;

// What goes into the archive: one case, several cases, leads, or the whole vault.
class ExportScopePage : public QWizardPage
{
    Q_OBJECT

public:
    ExportScopePage(access::Session& session, QWidget* parent = nullptr);

    archive::ExportScope scope() const;
    QListWidget* candidateList() const { return m_list; }
    QLineEdit* candidateFilter() const { return m_filter; }
    void setKind(archive::ExportScope::Kind kind);
    // Ticks the candidate with this uid; false if it is not listed.
    bool check(const QString& uid);

    void initializePage() override;
    bool validatePage() override;

private:
    void loadCandidates();
    // Shows only the candidates whose number or title contains the filter text; ticks stay as they are.
    void applyFilter();
    archive::ExportScope::Kind kind() const;

    access::Session& m_session;
    QButtonGroup* m_kinds;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_shownLabel;
    QLabel* m_error;
};

// Who can open it: everyone with a passphrase, or chosen trusted workstations; and whether protected identities go.
class ExportProtectionPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportProtectionPage(access::Session& session, QWidget* parent = nullptr);

    bool usesPassphrase() const;
    crypto::SecretBytes passphrase() const;
    QByteArrayList recipients() const;
    bool includeIdentities() const;

    void initializePage() override;
    bool validatePage() override;

private:
    void updateMode();

    access::Session& m_session;
    QRadioButton* m_passphraseRadio;
    QRadioButton* m_recipientsRadio;
    PasswordFields* m_passphrase;
    QWidget* m_passphraseBox;
    QListWidget* m_recipients;
    QCheckBox* m_identities;
    QLabel* m_error;
};

// Where the archive file goes; an existing file is never overwritten.
class ExportDestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportDestinationPage(QWidget* parent = nullptr);

    QString path() const;
    QLineEdit* pathEdit() const { return m_path; }
    bool validatePage() override;

private:
    void browse();

    QLineEdit* m_path;
    QLabel* m_error;
};

// The export running on its worker thread, then its outcome.
class ExportRunPage : public ArchiveTaskPage
{
    Q_OBJECT

public:
    explicit ExportRunPage(QWidget* parent = nullptr);

    void started();
    void succeeded(const QString& archiveId, const QString& summary);
    void failed(const QString& message);

private:
    QLineEdit* m_archiveId;
};

} // namespace qf::ui
