// The new-vault wizard: refuses weak input, creates the vault, and shows the recovery key until it is confirmed.
#include "NewVaultWizard.h"
#include "RecoveryKeySheet.h"
#include "TestVault.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using qf::ui::NewVaultWizard;

namespace {
template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        FAIL("no widget named " << name);
    return found;
}
} // namespace

TEST_CASE("The new-vault wizard creates a vault and insists on the recovery key being kept")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wizard.qfv"));
    NewVaultWizard wizard;
    wizard.setKdfParams(qf::crypto::KdfParams::fastForTesting());
    wizard.show();
    child<QLineEdit>(wizard, "vaultPathEdit")->setText(path);

    // No organ yet: the first page refuses to go on.
    wizard.next();
    CHECK(wizard.currentId() == NewVaultWizard::VaultPageId);
    CHECK(child<QLabel>(wizard, "vaultProblemLabel")->isVisible());

    child<QLineEdit>(wizard, "organNameEdit")->setText(QStringLiteral("中共测试市纪律检查委员会"));
    wizard.next();
    REQUIRE(wizard.currentId() == NewVaultWizard::AdminPageId);

    child<QLineEdit>(wizard, "displayNameEdit")->setText(QStringLiteral("系统管理员"));
    child<QLineEdit>(wizard, "adminPasswordEdit")->setText(QStringLiteral("secret-pass-1"));
    child<QLineEdit>(wizard, "adminRepeatPasswordEdit")->setText(QStringLiteral("secret-pass-2"));
    wizard.next();
    CHECK(wizard.currentId() == NewVaultWizard::AdminPageId);
    CHECK_FALSE(QFileInfo::exists(path));

    child<QLineEdit>(wizard, "adminRepeatPasswordEdit")->setText(QStringLiteral("secret-pass-1"));
    wizard.next();
    REQUIRE(wizard.currentId() == NewVaultWizard::RecoveryPageId);
    CHECK(QFileInfo::exists(path));
    const QString shownKey = child<QLabel>(wizard, "recoveryKeyLabel")->text();
    CHECK(shownKey.size() >= 30);

    // Finishing needs the confirmation, and closing the wizard does not skip it.
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.reject();
    CHECK(wizard.isVisible());
    child<QCheckBox>(wizard, "confirmCheckBox")->setChecked(true);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();

    auto session = wizard.takeSession();
    REQUIRE(session);
    CHECK(session->login() == QStringLiteral("admin"));
    CHECK_FALSE(session->isLocked());
    session.reset();

    // The key shown is the real recovery key: it resets the administrator's password.
    QString key = shownKey;
    key.replace(u'\n', u' ');
    CHECK(qf::access::resetPasswordWithRecoveryKey(path, key, QStringLiteral("admin"),
                                                   qf::test::secret("another-pass-1"),
                                                   qf::crypto::KdfParams::fastForTesting())
              .ok());
}
