// Per-vault settings: only the administrator changes them, every change is audited, and they take effect.
#include "TestVault.h"
#include "VaultSettingsTab.h"
#include "documents/NumberingRegistry.h"
#include "settings/VaultSettingsService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "workflow/CaseWorkflow.h"

#include <QDate>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <algorithm>
#include <catch2/catch.hpp>

using qf::settings::VaultSettingsService;

namespace {

int auditCount(qf::access::Session& session, const QString& action)
{
    auto count = qf::storage::querySingleValue(
        session.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = ?"), {action});
    REQUIRE(count.ok());
    return count->toInt();
}

} // namespace

TEST_CASE("Vault settings: the administrator changes them, each change is audited, bad values are refused")
{
    qf::test::TestVault vault;
    VaultSettingsService service(vault.admin());
    auto before = service.load();
    REQUIRE(before.ok());
    CHECK_FALSE(before->organName.isEmpty());
    CHECK(before->backupKeep == 10);
    REQUIRE_FALSE(before->numberPatterns.isEmpty());

    REQUIRE(service.setOrganName(QStringLiteral("中共清风市纪律检查委员会")).ok());
    REQUIRE(service.setBackupKeep(3).ok());
    CHECK(service.setBackupKeep(-1).code() == qf::ErrorCode::Invalid);
    CHECK(service.setOrganName(QStringLiteral("  ")).code() == qf::ErrorCode::Invalid);
    auto after = service.load();
    REQUIRE(after.ok());
    CHECK(after->organName == QStringLiteral("中共清风市纪律检查委员会"));
    CHECK(after->backupKeep == 3);
    CHECK(auditCount(vault.admin(), QStringLiteral("setting.change")) == 2);
}

TEST_CASE("Vault settings: a clerk may read but not change them")
{
    qf::test::TestVault vault;
    vault.addUser(QStringLiteral("clerk"), qf::access::Role::Clerk);
    vault.closeAdmin();
    auto clerk = vault.login(QStringLiteral("clerk"), qf::test::TestVault::passwordOf(QStringLiteral("clerk")));
    REQUIRE(clerk.ok());
    VaultSettingsService service(*clerk.value());
    CHECK(service.load().ok());
    CHECK(service.setOrganName(QStringLiteral("别的机关")).code() == qf::ErrorCode::PermissionDenied);
    CHECK(service.saveCategory(QStringLiteral("sector"), {QStringLiteral("x1"), QStringLiteral("某行业")}).code() ==
          qf::ErrorCode::PermissionDenied);
    CHECK(service.load()->organName != QStringLiteral("别的机关"));
}

TEST_CASE("Vault settings: the number prefix and pattern shape the next registry number")
{
    qf::test::TestVault vault;
    VaultSettingsService service(vault.admin());
    const QString kind = qf::documents::numberkinds::lead;
    CHECK(service.setNumberPattern(kind, QStringLiteral("{agency}线{year}")).code() == qf::ErrorCode::Invalid);
    CHECK(service.setNumberPattern(QStringLiteral("no-such-kind"), QStringLiteral("{seq}")).code() ==
          qf::ErrorCode::NotFound);
    REQUIRE(service.setNumberAgency(QStringLiteral("清纪")).ok());
    REQUIRE(service.setNumberPattern(kind, QStringLiteral("{agency}线〔{year}〕{seq:3}号")).ok());

    const QSqlDatabase db = vault.admin().database();
    auto transaction = qf::storage::Transaction::begin(db);
    REQUIRE(transaction.ok());
    auto number = qf::documents::NumberingRegistry(db).issue(kind, 2026, QStringLiteral("lead"), QStringLiteral("L1"),
                                                             QStringLiteral("admin"));
    REQUIRE(number.ok());
    CHECK(number->text == QStringLiteral("清纪线〔2026〕001号"));
}

TEST_CASE("Vault settings: category lists gain entries and labels are renamed, codes stay")
{
    qf::test::TestVault vault;
    VaultSettingsService service(vault.admin());
    const QString kind = QStringLiteral("sector");
    auto entries = service.categories(kind);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    const qsizetype before = entries->size();

    CHECK(service.saveCategory(kind, {QStringLiteral("Bad Code"), QStringLiteral("x")}).code() ==
          qf::ErrorCode::Invalid);
    CHECK(service.saveCategory(QStringLiteral("nope"), {QStringLiteral("a"), QStringLiteral("x")}).code() ==
          qf::ErrorCode::NotFound);
    REQUIRE(service.saveCategory(kind, {QStringLiteral("lowcarbon"), QStringLiteral("低碳产业")}).ok());
    const QString firstCode = entries->first().code;
    REQUIRE(service.saveCategory(kind, {firstCode, QStringLiteral("改名后的行业")}).ok());

    auto changed = service.categories(kind);
    REQUIRE(changed.ok());
    CHECK(changed->size() == before + 1);
    CHECK(changed->last().code == QStringLiteral("lowcarbon"));
    CHECK(changed->first().code == firstCode);
    CHECK(changed->first().label == QStringLiteral("改名后的行业"));
    CHECK(auditCount(vault.admin(), QStringLiteral("category.save")) == 2);
}

TEST_CASE("Vault settings tab: edits are saved through the service and read back")
{
    qf::test::TestVault vault;
    qf::ui::VaultSettingsTab tab(vault.admin());
    tab.findChild<QLineEdit*>(QStringLiteral("organNameEdit"))->setText(QStringLiteral("中共改名市纪律检查委员会"));
    tab.findChild<QSpinBox*>(QStringLiteral("backupKeepSpin"))->setValue(0);
    REQUIRE(tab.save());
    auto saved = VaultSettingsService(vault.admin()).load();
    REQUIRE(saved.ok());
    CHECK(saved->organName == QStringLiteral("中共改名市纪律检查委员会"));
    CHECK(saved->backupKeep == 0);

    // The time-limit table edits the case workflow.
    auto* limits = tab.findChild<QTableWidget*>(QStringLiteral("timeLimitTable"));
    REQUIRE(limits->rowCount() > 0);
    qobject_cast<QSpinBox*>(limits->cellWidget(0, 1))->setValue(5);
    REQUIRE(tab.save());
    auto stages = VaultSettingsService(vault.admin()).stageTimeLimits();
    REQUIRE(stages.ok());
    CHECK(stages->first().months == 5);

    // A refused value keeps the dialog open with the reason.
    tab.findChild<QLineEdit*>(QStringLiteral("numberAgencyEdit"))->setText(QString());
    CHECK_FALSE(tab.save());
}

TEST_CASE("Vault settings: case stage time limits are changed in the vault's workflow and audited")
{
    qf::test::TestVault vault;
    VaultSettingsService service(vault.admin());
    auto limits = service.stageTimeLimits();
    REQUIRE(limits.ok());
    auto investigation = std::find_if(limits->cbegin(), limits->cend(), [](const qf::settings::StageTimeLimit& l) {
        return l.stage == QStringLiteral("investigation");
    });
    REQUIRE(investigation != limits->cend());
    CHECK(investigation->months == 3);
    CHECK(investigation->extendableMonths == 1);

    CHECK(service.setStageTimeLimit(QStringLiteral("investigation"), 0, 2).code() == qf::ErrorCode::Invalid);
    CHECK(service.setStageTimeLimit(QStringLiteral("investigation"), 61, 0).code() == qf::ErrorCode::Invalid);
    CHECK(service.setStageTimeLimit(QStringLiteral("archived"), 1, 0).code() == qf::ErrorCode::NotFound);
    REQUIRE(service.setStageTimeLimit(QStringLiteral("investigation"), 4, 2).ok());
    REQUIRE(service.setStageTimeLimit(QStringLiteral("execution"), 0, 0).ok());

    auto definition = qf::workflow::CaseWorkflow::definition(vault.admin().database());
    REQUIRE(definition.ok());
    for (const qf::workflow::StageDefinition& stage : definition->stages()) {
        if (stage.id == QStringLiteral("investigation")) {
            CHECK(stage.timeLimitMonths == 4);
            CHECK(stage.extendableMonths == 2);
        } else if (stage.id == QStringLiteral("execution")) {
            CHECK(stage.timeLimitMonths == 0);
        } else if (stage.id == QStringLiteral("review")) {
            CHECK(stage.timeLimitMonths == 1); // untouched
        }
    }
    CHECK(auditCount(vault.admin(), QStringLiteral("workflow.install")) == 2);
}
