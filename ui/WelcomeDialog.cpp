#include "WelcomeDialog.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "NewVaultWizard.h"
#include "RestoreBackupDialog.h"
#include "UiSettings.h"
#include "access/LoginService.h"
#include "cli/Cli.h"
#include "cli/DemoData.h"
#include "common/Translations.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QPushButton* bigButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setMinimumHeight(40);
    button->setAutoDefault(false);
    return button;
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

// Demo vault creation prints what it did; the welcome screen only needs to know whether it worked.
class NoPasswords : public cli::PasswordSource
{
public:
    Result<crypto::SecretBytes> read(const QString&) override
    {
        return makeError(ErrorCode::Usage, QStringLiteral("no terminal"));
    }
};

} // namespace

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent), m_recentList(new QListWidget), m_demoUserCombo(new QComboBox),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("welcomeMessageLabel")))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Qingfeng"));

    auto* title = new QLabel(tr("Welcome to the Qingfeng case workbench"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = note(tr("Everything is kept in an encrypted vault on this computer. Start with one of these:"));

    QPushButton* createButton = bigButton(tr("&Create a new vault…"), QStringLiteral("createVaultButton"));
    QPushButton* openButton = bigButton(tr("&Open an existing vault…"), QStringLiteral("openVaultButton"));
    QPushButton* restoreButton = bigButton(tr("&Restore from a backup…"), QStringLiteral("restoreBackupButton"));
    QPushButton* demoButton = bigButton(tr("&Try the demo vault"), QStringLiteral("demoButton"));
    m_demoUserCombo->setObjectName(QStringLiteral("demoUserCombo"));
    for (const cli::DemoUser& user : cli::demoUsers())
        m_demoUserCombo->addItem(tr("as %1 (%2)").arg(user.displayName, access::roleDisplayName(user.role)),
                                 user.login);

    auto* grid = new QGridLayout;
    grid->addWidget(createButton, 0, 0);
    grid->addWidget(note(tr("For a new office: choose where the vault lives, name the organ and its first "
                            "administrator, and print the recovery key.")),
                    0, 1);
    grid->addWidget(openButton, 1, 0);
    grid->addWidget(note(tr("A vault file (.qfv) created before on this computer or copied here.")), 1, 1);
    grid->addWidget(restoreButton, 2, 0);
    grid->addWidget(note(tr("Put a vault back from a backup set made by an administrator.")), 2, 1);
    grid->addWidget(demoButton, 3, 0);
    auto* demoRow = new QVBoxLayout;
    demoRow->addWidget(note(tr("A separate vault with invented cases, one user per role. Nothing you do there "
                               "touches real data.")));
    demoRow->addWidget(m_demoUserCombo);
    grid->addLayout(demoRow, 3, 1);
    grid->setColumnStretch(1, 1);

    m_recentList->setObjectName(QStringLiteral("recentVaultsList"));
    m_recentList->setMaximumHeight(130);
    auto* recentTitle = new QLabel(tr("Recent &vaults (double-click to log in):"));
    recentTitle->setBuddy(m_recentList);
    auto* quitButton = new QPushButton(tr("&Quit"));
    quitButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_messageLabel);
    layout->addSpacing(8);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recentList);
    layout->addWidget(quitButton, 0, Qt::AlignRight);
    fillRecent();

    connect(createButton, &QPushButton::clicked, this, &WelcomeDialog::createVault);
    connect(openButton, &QPushButton::clicked, this, &WelcomeDialog::browseAndOpen);
    connect(restoreButton, &QPushButton::clicked, this, &WelcomeDialog::restoreBackup);
    connect(demoButton, &QPushButton::clicked, this, [this] { startDemo(m_demoUserCombo->currentData().toString()); });
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openVault(item->data(Qt::UserRole).toString()); });
    connect(quitButton, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(640);
}

WelcomeDialog::~WelcomeDialog() = default;

bool WelcomeDialog::isNeeded()
{
    const QStringList recent = UiSettings::recentVaults();
    const QString last = UiSettings::lastVaultPath();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return false;
    return std::none_of(recent.cbegin(), recent.cend(), [](const QString& path) { return QFileInfo::exists(path); });
}

QString WelcomeDialog::demoVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.qfv"));
}

void WelcomeDialog::fillRecent()
{
    m_recentList->clear();
    for (const QString& path : UiSettings::recentVaults()) {
        if (!QFileInfo::exists(path))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), path), m_recentList);
        item->setData(Qt::UserRole, path);
    }
    if (m_recentList->count() == 0)
        new QListWidgetItem(tr("(none yet)"), m_recentList);
}

void WelcomeDialog::showError(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void WelcomeDialog::openVault(const QString& path)
{
    if (path.isEmpty())
        return;
    if (!QFileInfo(path).isFile()) {
        showError(tr("The vault %1 does not exist (any more). Choose another file.").arg(path));
        UiSettings::removeRecentVault(path);
        fillRecent();
        return;
    }
    m_chosenPath = QFileInfo(path).absoluteFilePath();
    UiSettings::addRecentVault(m_chosenPath);
    accept();
}

void WelcomeDialog::browseAndOpen()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open vault"), QDir::homePath(),
                                                        tr("Qingfeng vaults (*.qfv);;All files (*)"));
    openVault(chosen);
}

void WelcomeDialog::createVault()
{
    NewVaultWizard wizard(this);
    wizard.setKdfParams(m_kdf);
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_session = wizard.takeSession();
    if (!m_session)
        return;
    UiSettings::setLastVaultPath(m_session->vault().path());
    UiSettings::setLastLogin(m_session->login());
    accept();
}

void WelcomeDialog::restoreBackup()
{
    RestoreBackupDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openVault(dialog.restoredVaultPath());
}

bool WelcomeDialog::startDemo(const QString& login)
{
    const QString path = demoVaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    NoPasswords noPasswords;
    Result<std::unique_ptr<access::Session>> opened = [&]() -> Result<std::unique_ptr<access::Session>> {
        BusyCursor busy;
        // The same path as `qingfeng-cli demo`: creates the demo vault once, then finds it there.
        // --lang keeps the window's language: without it the CLI would follow the system locale.
        const QStringList arguments{QStringLiteral("demo"), QStringLiteral("--vault"), path, QStringLiteral("--lang"),
                                    currentLanguage()};
        if (cli::runCli(arguments, out, err, noPasswords) != 0)
            return makeError(ErrorCode::Failed, errors.trimmed());
        return access::openSession(path, login, crypto::SecretBytes::copyOf(cli::demoPassword(login).toUtf8()));
    }();
    if (!opened.ok()) {
        showError(tr("The demo vault cannot start: %1").arg(opened.error().message));
        return false;
    }
    m_session = std::move(opened.value());
    UiSettings::addRecentVault(path);
    accept();
    return true;
}

} // namespace qf::ui
