#include "UsersPage.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordDialog.h"
#include "RecoveryKeyDialog.h"
#include "access/Session.h"
#include "access/UserService.h"
#include "storage/SettingsRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
enum Column
{
    LoginColumn,
    NameColumn,
    RolesColumn,
    StateColumn,
    ColumnCount,
};
} // namespace

UsersPage::UsersPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount)),
      m_addButton(new QPushButton(tr("&Add user…"))), m_disableButton(new QPushButton(tr("&Disable user"))),
      m_setPasswordButton(new QPushButton(tr("Set &password…"))),
      m_changeOwnButton(new QPushButton(tr("Change &my password…"))),
      m_rekeyButton(new QPushButton(tr("Re&key vault…"))), m_rotateButton(new QPushButton(tr("New recovery &key…")))
{
    setObjectName(QStringLiteral("usersPage"));
    auto* title = new QLabel(tr("Users and keys"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Roles"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(LoginColumn, 140);
    m_table->setColumnWidth(NameColumn, 180);
    m_table->setColumnWidth(StateColumn, 160);

    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));
    m_setPasswordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_changeOwnButton->setObjectName(QStringLiteral("changeOwnPasswordButton"));
    m_rekeyButton->setObjectName(QStringLiteral("rekeyButton"));
    m_rotateButton->setObjectName(QStringLiteral("rotateRecoveryKeyButton"));

    auto* userButtons = new QHBoxLayout;
    for (QPushButton* button : {m_addButton, m_disableButton, m_setPasswordButton, m_changeOwnButton})
        userButtons->addWidget(button);
    userButtons->addStretch();

    auto* keysBox = new QGroupBox(tr("Vault keys"));
    auto* keysText = new QLabel(tr("Rekeying re-encrypts the whole vault under a new master key and gives a new "
                                   "recovery key; afterwards every other user needs a new password. A new recovery "
                                   "key replaces the printed one."));
    keysText->setWordWrap(true);
    auto* keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(keysText);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_rekeyButton);
    keyButtons->addWidget(m_rotateButton);
    keyButtons->addStretch();
    keysLayout->addLayout(keyButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(userButtons);
    layout->addWidget(m_table, 1);
    layout->addWidget(keysBox);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(m_setPasswordButton, &QPushButton::clicked, this, &UsersPage::setPassword);
    connect(m_changeOwnButton, &QPushButton::clicked, this, &UsersPage::changeOwnPassword);
    connect(m_rekeyButton, &QPushButton::clicked, this, &UsersPage::rekeyVault);
    connect(m_rotateButton, &QPushButton::clicked, this, &UsersPage::rotateRecoveryKey);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

void UsersPage::reload()
{
    if (m_session.isLocked())
        return;
    const QString keep = selectedLogin();
    m_table->setRowCount(0);
    auto users = access::UserService(m_session, m_kdf).listUsers();
    if (!users.ok()) {
        ErrorMessages::show(this, tr("Users"), users.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const access::User& user = users->at(row);
        QStringList roles;
        for (access::Role role : user.roles)
            roles << access::roleDisplayName(role);
        const QString state = user.disabled             ? tr("Disabled")
                              : user.needsPasswordReset ? tr("Needs a new password")
                                                        : tr("Active");
        const QStringList cells{user.login, user.displayName, roles.join(tr(", ")), state};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (user.disabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if (user.login == keep)
            m_table->selectRow(row);
    }
    updateButtons();
    if (m_pendingDraft) {
        // A lock closed the add-user dialog; offer what was typed again.
        QTimer::singleShot(0, this, &UsersPage::addUser);
    }
}

void UsersPage::releaseForLock()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    updateButtons();
}

QString UsersPage::selectedLogin() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* item = m_table->item(selected.first()->row(), LoginColumn);
    return item ? item->text() : QString();
}

void UsersPage::updateButtons()
{
    const bool manageUsers = m_session.can(access::Permission::ManageUsers);
    const bool manageKeys = m_session.can(access::Permission::ManageKeys);
    const QString login = selectedLogin();
    const bool other = !login.isEmpty() && login.compare(m_session.login(), Qt::CaseInsensitive) != 0;
    m_addButton->setEnabled(manageUsers);
    m_disableButton->setEnabled(manageUsers && other);
    m_setPasswordButton->setEnabled(manageUsers && other);
    m_rekeyButton->setEnabled(manageKeys);
    m_rotateButton->setEnabled(manageKeys);
}

void UsersPage::addUser()
{
    AddUserDialog dialog(this);
    if (m_pendingDraft)
        dialog.setDraft(*m_pendingDraft);
    m_pendingDraft.reset();
    while (dialog.exec() == QDialog::Accepted) {
        const AddUserDialog::Draft typed = dialog.draft();
        auto added = [&] {
            BusyCursor busy;
            return access::UserService(m_session, m_kdf)
                .addUser(typed.login, typed.displayName, typed.roles, dialog.password());
        }();
        if (added.ok()) {
            reload();
            return;
        }
        dialog.showError(ErrorMessages::describe(added.error()));
    }
    if (dialog.property("qfClosedByLock").toBool())
        m_pendingDraft = dialog.draft();
}

void UsersPage::disableUser()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Disable user"),
        tr("Disable %1? The account's key slot is deleted, so it can no longer open the vault. Its history stays in "
           "the audit trail.")
            .arg(login));
    if (answer != QMessageBox::Yes)
        return;
    if (Status done = access::UserService(m_session, m_kdf).disableUser(login); !done.ok())
        ErrorMessages::show(this, tr("Disable user"), done.error());
    reload();
}

void UsersPage::setPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    PasswordDialog dialog(tr("Set password"), tr("Set a new password for %1. Tell the user in person.").arg(login),
                          PasswordDialog::NewPassword, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status done = [&] {
            BusyCursor busy;
            return access::UserService(m_session, m_kdf).setPassword(login, dialog.newPassword());
        }();
        if (done.ok()) {
            reload();
            return;
        }
        dialog.showError(ErrorMessages::describe(done.error()));
    }
}

void UsersPage::changeOwnPassword()
{
    PasswordDialog dialog(tr("Change my password"), tr("Enter your current password and choose a new one."),
                          PasswordDialog::CurrentPassword | PasswordDialog::NewPassword, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status done = [&] {
            BusyCursor busy;
            return access::UserService(m_session, m_kdf)
                .changeOwnPassword(dialog.currentPassword(), dialog.newPassword());
        }();
        if (done.ok()) {
            QMessageBox::information(this, tr("Change my password"), tr("Your password has been changed."));
            reload();
            return;
        }
        dialog.showError(ErrorMessages::describe(done.error()));
    }
}

void UsersPage::rekeyVault()
{
    PasswordDialog dialog(tr("Rekey vault"),
                          tr("The whole vault is re-encrypted under a new master key. This can take a while. Other "
                             "users will need a new password from you afterwards. Enter your password to confirm."),
                          PasswordDialog::CurrentPassword, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto rekeyed = [&] {
            BusyCursor busy;
            return access::UserService(m_session, m_kdf).rekeyVault(dialog.currentPassword());
        }();
        if (rekeyed.ok()) {
            showRecoveryKey(rekeyed.value());
            reload();
            return;
        }
        dialog.showError(ErrorMessages::describe(rekeyed.error()));
    }
}

void UsersPage::rotateRecoveryKey()
{
    const auto answer = QMessageBox::question(
        this, tr("New recovery key"),
        tr("Create a new recovery key? The printed key stops working at once; destroy it after printing the new one."));
    if (answer != QMessageBox::Yes)
        return;
    auto rotated = [&] {
        BusyCursor busy;
        return access::UserService(m_session, m_kdf).rotateRecoveryKey();
    }();
    if (!rotated.ok()) {
        ErrorMessages::show(this, tr("New recovery key"), rotated.error());
        return;
    }
    showRecoveryKey(rotated.value());
}

void UsersPage::showRecoveryKey(const QString& recoveryKey)
{
    const auto organ = storage::SettingsRepository(m_session.database()).value(storage::settingkeys::organName);
    RecoveryKeyDialog dialog(organ.ok() ? organ.value() : QString(), m_session.vault().path(), recoveryKey, this);
    dialog.exec();
}

} // namespace qf::ui
