// The audit viewer: lazy loading through the model, and verification on a worker thread (auditors only).
#include "AuditPage.h"
#include "AuditTableModel.h"
#include "TestVault.h"
#include "access/UserService.h"
#include "audit/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using qf::test::TestVault;

namespace {
// QAbstractItemModelTester reports through the "qt.modeltest" category; count its complaints.
int modelTestFailures = 0;
QtMessageHandler previousHandler = nullptr;
void countModelTestFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0)
        ++modelTestFailures;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

TEST_CASE("The audit model loads the trail in batches")
{
    TestVault vault;
    for (int i = 0; i < 5; ++i)
        vault.addUser(QStringLiteral("clerk%1").arg(i), qf::access::Role::Clerk);
    qf::access::Session& session = vault.admin();
    const auto total = qf::audit::countAuditEntries(session.database());
    REQUIRE(total.ok());
    REQUIRE(total.value() >= 6);

    modelTestFailures = 0;
    previousHandler = qInstallMessageHandler(countModelTestFailures);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
    qf::ui::AuditTableModel model(session);
    model.setPageSize(2);
    model.reload();
    CHECK(model.rowCount() == 2);
    CHECK(model.canFetchMore({}));
    // The tester fetches on its own too (as a view would); attach it after checking the first batch.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total.value());
    CHECK(model.data(model.index(0, qf::ui::AuditTableModel::IdColumn)).toLongLong() == 1);
    CHECK(model.data(model.index(0, qf::ui::AuditTableModel::ActionColumn)).toString() ==
          QStringLiteral("vault.create"));
    const auto* last = model.rowAt(model.rowCount() - 1);
    REQUIRE(last);
    CHECK(last->id == total.value());

    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(modelTestFailures == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("An administrator may view the audit trail but not verify it")
{
    TestVault vault;
    qf::ui::AuditPage page(vault.admin());
    page.reload();
    CHECK(page.model()->rowCount() > 0);
    auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    REQUIRE(verify);
    CHECK_FALSE(verify->isEnabled());
}

TEST_CASE("An auditor verifies the chain on a worker thread")
{
    TestVault vault;
    vault.addUser(QStringLiteral("auditor1"), qf::access::Role::Auditor);
    vault.closeAdmin();
    auto session = vault.login(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
    REQUIRE(session.ok());
    qf::ui::AuditPage page(*session.value());
    page.reload();
    auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    REQUIRE(verify);
    REQUIRE(verify->isEnabled());

    QSignalSpy finished(&page, &qf::ui::AuditPage::verificationFinished);
    QTest::mouseClick(verify, Qt::LeftButton);
    CHECK(page.isVerifying());
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK_FALSE(page.isVerifying());
    auto* result = page.findChild<QLabel*>(QStringLiteral("resultLabel"));
    REQUIRE(result);
    CHECK(result->text().contains(QStringLiteral("intact")));
    // The worker closed its own connection; the main one still works.
    CHECK(qf::audit::countAuditEntries(session.value()->database()).ok());
}
