#include "NewVaultWizard.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "RecoveryKeyPage.h"
#include "access/LoginService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qf::ui {

NewVaultWizard::NewVaultWizard(QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("newVaultWizard"));
    setWindowTitle(tr("New vault"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(VaultPageId, createVaultPage());
    setPage(AdminPageId, createAdminPage());
    m_recoveryPage = new RecoveryKeyPage;
    setPage(RecoveryPageId, m_recoveryPage);
    setMinimumWidth(640);
}

NewVaultWizard::~NewVaultWizard() = default;

QWizardPage* NewVaultWizard::createVaultPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Vault file and organ"));
    page->setSubTitle(tr("The vault is one encrypted file that holds all data of this workstation. Its key file is "
                         "kept next to it."));
    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(QStringLiteral("vaultPathEdit"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_pathEdit->setText(QDir(documents).filePath(QStringLiteral("qingfeng.qfv")));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &NewVaultWizard::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    m_organEdit = new QLineEdit;
    m_organEdit->setObjectName(QStringLiteral("organNameEdit"));
    m_organEdit->setPlaceholderText(tr("e.g. CPC ×× Municipal Commission for Discipline Inspection"));
    m_vaultProblemLabel = ErrorMessages::createBanner(QStringLiteral("vaultProblemLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Vault file:"), pathRow);
    form->addRow(tr("&Organ name:"), m_organEdit);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_vaultProblemLabel);
    return page;
}

QWizardPage* NewVaultWizard::createAdminPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The first account manages users and keys. Creating the vault takes a few seconds."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Create vault"));
    m_loginEdit = new QLineEdit(QStringLiteral("admin"));
    m_loginEdit->setObjectName(QStringLiteral("adminLoginEdit"));
    m_displayNameEdit = new QLineEdit;
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameEdit->setPlaceholderText(tr("e.g. System administrator"));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_loginEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    m_passwords = new PasswordFields(form, QStringLiteral("admin"), page);
    m_adminProblemLabel = ErrorMessages::createBanner(QStringLiteral("adminProblemLabel"));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_adminProblemLabel);
    return page;
}

void NewVaultWizard::setVaultPath(const QString& path)
{
    m_pathEdit->setText(path);
}

QString NewVaultWizard::vaultPath() const
{
    return QFileInfo(m_pathEdit->text().trimmed()).absoluteFilePath();
}

void NewVaultWizard::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New vault file"), m_pathEdit->text(),
                                                        tr("Qingfeng vaults (*.qfv);;All files (*)"));
    if (!chosen.isEmpty())
        m_pathEdit->setText(chosen.endsWith(QLatin1String(".qfv")) ? chosen : chosen + QStringLiteral(".qfv"));
}

void NewVaultWizard::showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool NewVaultWizard::validateCurrentPage()
{
    switch (currentId()) {
    case VaultPageId:
        return validateVaultPage();
    case AdminPageId:
        return createVault();
    default:
        return QWizard::validateCurrentPage();
    }
}

bool NewVaultWizard::validateVaultPage()
{
    const QFileInfo file(vaultPath());
    QString problem;
    if (m_pathEdit->text().trimmed().isEmpty())
        problem = tr("Choose where to create the vault file.");
    else if (file.exists())
        problem =
            tr("%1 already exists. Choose another name; an existing vault is never overwritten.").arg(file.filePath());
    else if (!file.dir().exists())
        problem = tr("The folder %1 does not exist.").arg(file.dir().path());
    else if (m_organEdit->text().trimmed().isEmpty())
        problem = tr("Enter the name of the organ that owns this vault.");
    showProblem(m_vaultProblemLabel, problem.toHtmlEscaped());
    return problem.isEmpty();
}

bool NewVaultWizard::createVault()
{
    if (m_session)
        return true;
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        showProblem(m_adminProblemLabel, problem.toHtmlEscaped());
        m_passwords->passwordEdit()->setFocus();
        return false;
    }
    showProblem(m_adminProblemLabel, {});
    storage::VaultCreateOptions options;
    options.path = vaultPath();
    options.organName = m_organEdit->text().trimmed();
    options.adminLogin = m_loginEdit->text().trimmed();
    options.adminDisplayName = m_displayNameEdit->text().trimmed();
    options.kdf = m_kdf;
    QString recoveryKey;
    Result<std::unique_ptr<access::Session>> created = [&] {
        BusyCursor busy;
        return access::initializeVault(options, m_passwords->secret(), &recoveryKey);
    }();
    if (!created.ok()) {
        showProblem(m_adminProblemLabel, ErrorMessages::describe(created.error()));
        return false;
    }
    m_passwords->clear();
    m_session = std::move(created.value());
    m_recoveryPage->setDetails(options.organName, options.path, recoveryKey);
    recoveryKey.fill(u'0');
    return true;
}

void NewVaultWizard::reject()
{
    // Once the vault exists the key is shown only here, so the wizard stays until the user confirms.
    if (m_session && !m_recoveryPage->isConfirmed())
        return;
    QWizard::reject();
}

} // namespace qf::ui
