#include "CliTestSupport.h"
#include "TestFiles.h"
#include "TestVault.h"
#include "access/UserService.h"
#include "cli/DemoData.h"
#include "cli/ExitCodes.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using qf::test::CliRun;
using qf::test::runCli;
using qf::test::ScriptedPasswords;
using qf::test::TestVault;
using qf::test::writeSecret;
using test::flipByte;

namespace {

const QString kAdminPassword = QString::fromLatin1(TestVault::kAdminPassword);

QStringList loginArgs(const QString& vault, const QString& user, const QString& passwordFile)
{
    return {QStringLiteral("--vault"),         vault,       QStringLiteral("--user"), user,
            QStringLiteral("--password-file"), passwordFile};
}

QJsonObject jsonObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray jsonArray(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    INFO(text.toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return !permissions.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                     QFileDevice::WriteOther) &&
           permissions.testFlag(QFileDevice::ReadOwner);
}

QString findUserInList(const QJsonArray& users, const QString& login, QJsonObject* found)
{
    for (const QJsonValue& value : users)
        if (value.toObject().value(QStringLiteral("login")).toString() == login) {
            *found = value.toObject();
            return login;
        }
    return {};
}

const QRegularExpression kRecoveryKeyPattern(QStringLiteral("[A-Z0-9]{4,}(-[A-Z0-9]{4,}){3,}"));

} // namespace

TEST_CASE("init creates a vault that info reads back", "[cli][init]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("cases.qfv"));
    const QString organ = QString::fromUtf8("中共测试市纪律检查委员会");
    const QString password = writeSecret(dir.filePath(QStringLiteral("admin.pw")), QStringLiteral("Admin-pass-2026"));
    const QString keyFile = dir.filePath(QStringLiteral("recovery.txt"));

    CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--vault"), vault, QStringLiteral("--organ"), organ,
                          QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                          password, QStringLiteral("--recovery-key-out"), keyFile});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::ExitOk);
    REQUIRE(QFile::exists(keyFile));
    CHECK(ownerOnly(keyFile));
    QFile key(keyFile);
    REQUIRE(key.open(QIODevice::ReadOnly));
    const QString recoveryKey = QString::fromUtf8(key.readAll()).trimmed();
    CHECK(kRecoveryKeyPattern.match(recoveryKey).hasMatch());
    CHECK_FALSE(init.out.contains(recoveryKey));
    CHECK(init.out.contains(keyFile));
    CHECK(init.out.contains(QStringLiteral("Store this safely")));

    CliRun info = runCli(QStringList{QStringLiteral("info"), QStringLiteral("--json")} +
                         loginArgs(vault, QStringLiteral("admin"), password));
    INFO(info.err.toStdString());
    REQUIRE(info.code == cli::ExitOk);
    const QJsonObject facts = jsonObject(info.out);
    CHECK(facts.value(QStringLiteral("organ")).toString() == organ);
    CHECK(facts.value(QStringLiteral("vault_uid")).toString().size() >= 16);
    CHECK_FALSE(facts.value(QStringLiteral("cipher_version")).toString().isEmpty());
    CHECK(facts.value(QStringLiteral("schema_version")).toInt() == storage::latestSchemaVersion());
    CHECK(facts.value(QStringLiteral("users")).toInt() == 1);
    const QJsonObject head = facts.value(QStringLiteral("audit")).toObject();
    CHECK(head.value(QStringLiteral("count")).toInt() >= 2); // vault.create and this login
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
              .match(head.value(QStringLiteral("head_hash")).toString())
              .hasMatch());

    CliRun text = runCli(QStringList{QStringLiteral("info")} + loginArgs(vault, QStringLiteral("admin"), password));
    REQUIRE(text.code == cli::ExitOk);
    CHECK(text.out.contains(organ));
    CHECK(text.out.contains(facts.value(QStringLiteral("vault_uid")).toString()));

    SECTION("without --recovery-key-out the key is printed once, with the note to store it")
    {
        const QString second = dir.filePath(QStringLiteral("second.qfv"));
        CliRun printed =
            runCli({QStringLiteral("init"), QStringLiteral("--vault"), second, QStringLiteral("--organ"), organ,
                    QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-file"), password});
        REQUIRE(printed.code == cli::ExitOk);
        CHECK(kRecoveryKeyPattern.match(printed.out).hasMatch());
        CHECK(printed.out.contains(QStringLiteral("Store this safely")));
    }
    SECTION("an existing vault is not overwritten")
    {
        QFile file(vault);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        CliRun again =
            runCli({QStringLiteral("init"), QStringLiteral("--vault"), vault, QStringLiteral("--organ"), organ,
                    QStringLiteral("--admin"), QStringLiteral("other"), QStringLiteral("--password-file"), password});
        CHECK(again.code == cli::ExitFailure);
        CHECK(again.err.contains(vault));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }
    SECTION("a typed password must be typed the same twice")
    {
        ScriptedPasswords typed({QStringLiteral("Typed-pass-2026"), QStringLiteral("Typed-pass-2027")});
        CliRun mismatch =
            runCli({QStringLiteral("init"), QStringLiteral("--vault"), dir.filePath(QStringLiteral("typed.qfv")),
                    QStringLiteral("--organ"), organ, QStringLiteral("--admin"), QStringLiteral("admin")},
                   &typed);
        CHECK(mismatch.code == cli::ExitUsage);
        CHECK(typed.prompts().size() == 2);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("typed.qfv"))));
    }
}

TEST_CASE("login failures have their own exit codes", "[cli][errors]")
{
    TestVault vault;
    vault.closeAdmin();
    const QString good = writeSecret(vault.dir() + QStringLiteral("/good.pw"), kAdminPassword);
    const QString bad = writeSecret(vault.dir() + QStringLiteral("/bad.pw"), QStringLiteral("not-the-password"));
    const QStringList info{QStringLiteral("info")};

    SECTION("wrong password: 3, and the message names the password file")
    {
        CliRun run = runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), bad));
        CHECK(run.code == cli::ExitLogin);
        CHECK(run.err.contains(bad));
        CHECK(run.out.isEmpty());
    }
    SECTION("unknown user: 3")
    {
        CHECK(runCli(info + loginArgs(vault.path(), QStringLiteral("nobody"), good)).code == cli::ExitLogin);
    }
    SECTION("damaged vault: 4, not a wrong password")
    {
        flipByte(vault.path(), 100);
        CliRun run = runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), good));
        CHECK(run.code == cli::ExitDamaged);
        CHECK(run.err.contains(vault.path()));
    }
    SECTION("missing vault: a clear message and a non-zero code")
    {
        const QString absent = vault.dir() + QStringLiteral("/absent.qfv");
        CliRun run = runCli(info + loginArgs(absent, QStringLiteral("admin"), good));
        CHECK(run.code == cli::ExitFailure);
        CHECK(run.err.contains(absent));
        CHECK(run.err.contains(QStringLiteral("does not exist")));
    }
    SECTION("missing password file: usage error naming the file")
    {
        const QString absent = vault.dir() + QStringLiteral("/absent.pw");
        CliRun run = runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), absent));
        CHECK(run.code == cli::ExitUsage);
        CHECK(run.err.contains(absent));
    }
    SECTION("the right password works")
    {
        CHECK(runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), good)).code == cli::ExitOk);
    }
}

TEST_CASE("usage errors exit with 2 and show the verb's usage", "[cli][usage]")
{
    TestVault vault;
    vault.closeAdmin();
    CHECK(runCli({}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("user")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("rename")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--colour")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("fr")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--vault")}).code == cli::ExitUsage);
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--vault"), vault.dir() + QStringLiteral("/d.qfv"),
                  QStringLiteral("--scale"), QStringLiteral("lots")})
              .code == cli::ExitUsage);

    CliRun missingOrgan =
        runCli({QStringLiteral("init"), QStringLiteral("--vault"), vault.dir() + QStringLiteral("/new.qfv"),
                QStringLiteral("--admin"), QStringLiteral("admin")});
    CHECK(missingOrgan.code == cli::ExitUsage);
    CHECK(missingOrgan.err.contains(QStringLiteral("--organ")));
    CHECK(missingOrgan.err.contains(QStringLiteral("Usage: qingfeng-cli init")));

    CliRun wrongVerbOption =
        runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--organ"), QStringLiteral("x")});
    CHECK(wrongVerbOption.code == cli::ExitUsage);
    CHECK(wrongVerbOption.err.contains(QStringLiteral("Usage: qingfeng-cli user list")));

    // No --password-file and no terminal: refuse at once rather than wait.
    CliRun noPassword = runCli({QStringLiteral("info"), QStringLiteral("--vault"), vault.path(),
                                QStringLiteral("--user"), QStringLiteral("admin")});
    CHECK(noPassword.code == cli::ExitUsage);
    CHECK(noPassword.err.contains(QStringLiteral("--password-file")));

    CliRun help = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(help.code == cli::ExitOk);
    CHECK(help.out.contains(QStringLiteral("--role")));
    CliRun version = runCli({QStringLiteral("--version")});
    CHECK(version.code == cli::ExitOk);
    CHECK(version.out.trimmed() == QStringLiteral("qingfeng-cli " QF_VERSION));
}

TEST_CASE("a password is never accepted as an argument", "[cli][usage]")
{
    TestVault vault;
    vault.closeAdmin();
    const QStringList base{QStringLiteral("info"), QStringLiteral("--vault"), vault.path(), QStringLiteral("--user"),
                           QStringLiteral("admin")};
    for (const QStringList& extra : {QStringList{QStringLiteral("--password"), kAdminPassword},
                                     QStringList{QStringLiteral("--password=") + kAdminPassword},
                                     QStringList{QStringLiteral("-p"), kAdminPassword}, QStringList{kAdminPassword}}) {
        CliRun run = runCli(base + extra);
        INFO(extra.join(u' ').toStdString());
        CHECK(run.code == cli::ExitUsage);
        CHECK(run.err.contains(QStringLiteral("--password-file")));
        CHECK_FALSE(run.err.contains(kAdminPassword)); // not echoed back into a log
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("user add, list and disable round trip: a disabled user cannot log in", "[cli][user]")
{
    TestVault vault;
    vault.closeAdmin();
    const QString admin = writeSecret(vault.dir() + QStringLiteral("/admin.pw"), kAdminPassword);
    const QString newPassword = writeSecret(vault.dir() + QStringLiteral("/li.pw"), QStringLiteral("Li-ming-pass-1"));
    const QStringList asAdmin = loginArgs(vault.path(), QStringLiteral("admin"), admin);

    CliRun added = runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                                      QStringLiteral("li.ming"), QStringLiteral("--name"), QString::fromUtf8("李明"),
                                      QStringLiteral("--role"), QStringLiteral("investigator,clerk"),
                                      QStringLiteral("--new-password-file"), newPassword} +
                          asAdmin);
    INFO(added.err.toStdString());
    REQUIRE(added.code == cli::ExitOk);
    CHECK(added.out.contains(QString::fromUtf8("李明")));

    CliRun listed =
        runCli(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")} + asAdmin);
    REQUIRE(listed.code == cli::ExitOk);
    QJsonObject user;
    REQUIRE_FALSE(findUserInList(jsonArray(listed.out), QStringLiteral("li.ming"), &user).isEmpty());
    CHECK(user.value(QStringLiteral("name")).toString() == QString::fromUtf8("李明"));
    QStringList roles;
    for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
        roles << role.toString();
    roles.sort();
    CHECK(roles == QStringList{QStringLiteral("clerk"), QStringLiteral("investigator")});
    CHECK_FALSE(user.value(QStringLiteral("disabled")).toBool());

    CliRun table = runCli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + asAdmin);
    REQUIRE(table.code == cli::ExitOk);
    CHECK(table.out.contains(QStringLiteral("li.ming")));
    CHECK(table.out.contains(QString::fromUtf8("李明")));

    const QStringList asLi = loginArgs(vault.path(), QStringLiteral("li.ming"), newPassword);
    REQUIRE(runCli(QStringList{QStringLiteral("info")} + asLi).code == cli::ExitOk);

    CliRun duplicate = runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                                          QStringLiteral("li.ming"), QStringLiteral("--role"), QStringLiteral("clerk"),
                                          QStringLiteral("--new-password-file"), newPassword} +
                              asAdmin);
    CHECK(duplicate.code == cli::ExitFailure);
    CliRun badRole = runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                                        QStringLiteral("wu.gang"), QStringLiteral("--role"), QStringLiteral("emperor"),
                                        QStringLiteral("--new-password-file"), newPassword} +
                            asAdmin);
    CHECK(badRole.code == cli::ExitUsage);

    CliRun disabled = runCli(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--login"),
                                         QStringLiteral("li.ming")} +
                             asAdmin);
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.code == cli::ExitOk);
    CHECK(runCli(QStringList{QStringLiteral("info")} + asLi).code == cli::ExitLogin);

    CliRun after =
        runCli(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")} + asAdmin);
    REQUIRE(after.code == cli::ExitOk);
    REQUIRE_FALSE(findUserInList(jsonArray(after.out), QStringLiteral("li.ming"), &user).isEmpty());
    CHECK(user.value(QStringLiteral("disabled")).toBool());

    CliRun self = runCli(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--login"),
                                     QStringLiteral("admin")} +
                         asAdmin);
    CHECK(self.code == cli::ExitFailure);
}

TEST_CASE("a clerk running user add is refused with 5, and the refusal is audited", "[cli][user]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("clerk1"), access::Role::Clerk);
    vault.closeAdmin();
    const QString clerk =
        writeSecret(vault.dir() + QStringLiteral("/clerk.pw"), TestVault::passwordOf(QStringLiteral("clerk1")));
    const QString newPassword = writeSecret(vault.dir() + QStringLiteral("/new.pw"), QStringLiteral("Someone-pass-1"));
    CliRun run = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--vault"), vault.path(),
                         QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--password-file"), clerk,
                         QStringLiteral("--login"), QStringLiteral("someone"), QStringLiteral("--role"),
                         QStringLiteral("admin"), QStringLiteral("--new-password-file"), newPassword});
    CHECK(run.code == cli::ExitPermissionDenied);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), vault.path(),
                  QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--password-file"), clerk})
              .code == cli::ExitPermissionDenied);

    auto admin = vault.login(QStringLiteral("admin"), kAdminPassword);
    REQUIRE(admin.ok());
    auto denied = storage::querySingleValue(
        admin.value()->database(),
        QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'access.denied' AND actor = 'clerk1'"));
    REQUIRE(denied.ok());
    CHECK(denied->toInt() == 2);
    auto users = access::UserService(*admin.value()).listUsers();
    REQUIRE(users.ok());
    CHECK(users->size() == 2);
}

TEST_CASE("audit verify: 0 on an intact trail, 6 naming the entry changed with the raw key", "[cli][audit]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("auditor1"), access::Role::Auditor);
    vault.closeAdmin();
    const QString auditor =
        writeSecret(vault.dir() + QStringLiteral("/auditor.pw"), TestVault::passwordOf(QStringLiteral("auditor1")));
    const QString admin = writeSecret(vault.dir() + QStringLiteral("/admin.pw"), kAdminPassword);
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify")};
    const QStringList asAuditor = loginArgs(vault.path(), QStringLiteral("auditor1"), auditor);

    CliRun intact = runCli(verify + asAuditor);
    INFO(intact.err.toStdString());
    REQUIRE(intact.code == cli::ExitOk);
    CHECK(intact.out.contains(QStringLiteral("intact")));
    // The administrator may view the trail but verifying it is the auditor's job.
    CHECK(runCli(verify + loginArgs(vault.path(), QStringLiteral("admin"), admin)).code == cli::ExitPermissionDenied);

    // Outside the app, with the raw key: drop the guard trigger and rewrite entry 2 (the user.add of auditor1).
    {
        auto raw = storage::Vault::open(vault.path(), QStringLiteral("admin"), test::secret(TestVault::kAdminPassword));
        REQUIRE(raw.ok());
        const QSqlDatabase db = raw.value()->database();
        REQUIRE(storage::execute(db, QStringLiteral("DROP TRIGGER audit_entry_no_update")).ok());
        auto changed = storage::execute(
            db, QStringLiteral("UPDATE audit_entry SET summary = 'nothing happened here' WHERE id = 2"));
        REQUIRE(changed.ok());
        REQUIRE(changed.value() == 1);
    }

    CliRun broken = runCli(verify + asAuditor);
    CHECK(broken.code == cli::ExitVerificationFailed);
    CHECK(broken.out.contains(QStringLiteral("entry 2")));
    CHECK(broken.err.contains(QStringLiteral("entry 2")));

    CliRun json = runCli(verify + QStringList{QStringLiteral("--json")} + asAuditor);
    CHECK(json.code == cli::ExitVerificationFailed);
    const QJsonObject result = jsonObject(json.out);
    CHECK_FALSE(result.value(QStringLiteral("intact")).toBool());
    CHECK(result.value(QStringLiteral("broken_entry_id")).toInt() == 2);
    CHECK(result.value(QStringLiteral("entries_checked")).toInt() == 1);
    CHECK_FALSE(result.value(QStringLiteral("problem")).toString().isEmpty());
}

TEST_CASE("passwords: reset with the recovery key, and set by an administrator", "[cli][user]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("clerk1"), access::Role::Clerk);
    vault.closeAdmin();
    const QString dir = vault.dir();
    const QString oldPassword = writeSecret(dir + QStringLiteral("/old.pw"), kAdminPassword);
    const QString newPassword = writeSecret(dir + QStringLiteral("/new.pw"), QStringLiteral("Fresh-admin-pass-1"));
    const QString recovery = writeSecret(dir + QStringLiteral("/recovery.txt"), vault.recoveryKey());
    const QString wrongKey =
        writeSecret(dir + QStringLiteral("/wrong.txt"), QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"));
    const QStringList passwd{QStringLiteral("user"),
                             QStringLiteral("passwd"),
                             QStringLiteral("--vault"),
                             vault.path(),
                             QStringLiteral("--login"),
                             QStringLiteral("admin"),
                             QStringLiteral("--new-password-file"),
                             newPassword};

    CHECK(runCli(passwd + QStringList{QStringLiteral("--recovery-key-file"), wrongKey}).code == cli::ExitLogin);
    CHECK(runCli(passwd + QStringList{QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("--user"),
                                      QStringLiteral("admin")})
              .code == cli::ExitUsage);
    CliRun reset = runCli(passwd + QStringList{QStringLiteral("--recovery-key-file"), recovery});
    INFO(reset.err.toStdString());
    REQUIRE(reset.code == cli::ExitOk);
    const QStringList info{QStringLiteral("info")};
    CHECK(runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), oldPassword)).code == cli::ExitLogin);
    REQUIRE(runCli(info + loginArgs(vault.path(), QStringLiteral("admin"), newPassword)).code == cli::ExitOk);

    const QString clerkPassword = writeSecret(dir + QStringLiteral("/clerk.pw"), QStringLiteral("Clerk-new-pass-1"));
    CliRun set = runCli(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--login"),
                                    QStringLiteral("clerk1"), QStringLiteral("--new-password-file"), clerkPassword} +
                        loginArgs(vault.path(), QStringLiteral("admin"), newPassword));
    INFO(set.err.toStdString());
    REQUIRE(set.code == cli::ExitOk);
    CHECK(runCli(info + loginArgs(vault.path(), QStringLiteral("clerk1"), clerkPassword)).code == cli::ExitOk);
}

TEST_CASE("demo creates one user per role whose printed passwords work", "[cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("demo/demo.qfv"));
    const QStringList demo{QStringLiteral("demo"),    QStringLiteral("--vault"), vault,
                           QStringLiteral("--scale"), QStringLiteral("1"),       QStringLiteral("--seed"),
                           QStringLiteral("7")};
    CliRun created = runCli(demo);
    INFO(created.err.toStdString());
    REQUIRE(created.code == cli::ExitOk);
    CHECK(created.out.contains(QStringLiteral("Created the demo vault")));
    CHECK(created.out.contains(QStringLiteral("Synthetic demo data: 100 reports")));

    const QList<cli::DemoUser> users = cli::demoUsers();
    REQUIRE(users.size() == access::allRoles().size());
    for (access::Role role : access::allRoles())
        CHECK(
            std::any_of(users.cbegin(), users.cend(), [role](const cli::DemoUser& user) { return user.role == role; }));

    for (const cli::DemoUser& user : users) {
        INFO(user.login.toStdString());
        // Take the password from the printed table, as a person would.
        QString printed;
        for (const QString& line : created.out.split(u'\n'))
            if (line.startsWith(user.login + u' '))
                printed = line.split(u' ', Qt::SkipEmptyParts).last();
        REQUIRE_FALSE(printed.isEmpty());
        const QString mine = writeSecret(dir.filePath(user.login + QStringLiteral(".typed")), printed);
        CliRun info = runCli(QStringList{QStringLiteral("info")} + loginArgs(vault, user.login, mine));
        INFO(info.err.toStdString());
        CHECK(info.code == cli::ExitOk);
        // The password file written beside the vault works too, and only its owner can read it.
        const QString file = QFileInfo(vault).absoluteDir().filePath(user.login + QStringLiteral(".password"));
        CHECK(ownerOnly(file));
        CHECK(runCli(QStringList{QStringLiteral("info")} + loginArgs(vault, user.login, file)).code == cli::ExitOk);
    }

    const QString adminFile = QFileInfo(vault).absoluteDir().filePath(QStringLiteral("zhang.wei.password"));
    const QString auditorFile = QFileInfo(vault).absoluteDir().filePath(QStringLiteral("sun.li.password"));
    const QString clerkFile = QFileInfo(vault).absoluteDir().filePath(QStringLiteral("zhao.min.password"));
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), vault,
                  QStringLiteral("--user"), QStringLiteral("sun.li"), QStringLiteral("--password-file"), auditorFile})
              .code == cli::ExitOk);
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), vault,
                  QStringLiteral("--user"), QStringLiteral("zhao.min"), QStringLiteral("--password-file"), clerkFile})
              .code == cli::ExitPermissionDenied);

    CliRun again = runCli(demo);
    INFO(again.err.toStdString());
    REQUIRE(again.code == cli::ExitOk);
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));
    CHECK_FALSE(again.out.contains(QStringLiteral("Synthetic demo data")));
    for (const cli::DemoUser& user : users)
        CHECK(again.out.contains(cli::demoPassword(user.login)));
    CliRun listed = runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("zhang.wei"),
                            QStringLiteral("--password-file"), adminFile});
    REQUIRE(listed.code == cli::ExitOk);
    CHECK(jsonArray(listed.out).size() == users.size());
}

TEST_CASE("demo leaves a vault that is not a demo vault alone", "[cli][demo]")
{
    TestVault vault;
    vault.closeAdmin();
    QFile file(vault.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--vault"), vault.path(), QStringLiteral("--scale"),
                         QStringLiteral("1")});
    CHECK(run.code == cli::ExitFailure);
    CHECK(run.err.contains(QStringLiteral("not a demo vault")));
    CHECK_FALSE(QFile::exists(vault.dir() + QStringLiteral("/zhang.wei.password")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}
