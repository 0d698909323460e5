// Lead actions in the UI: registering a lead, assigning staff, a single approved decision with a follow-up task, and
// marking the task done, each checked through the core services.
#include "FormDialog.h"
#include "KeyboardInput.h"
#include "LeadDecisionDialog.h"
#include "LeadDetailDialog.h"
#include "LeadRegisterDialog.h"
#include "LeadTableModel.h"
#include "LeadsPage.h"
#include "QtCatchText.h"
#include "SubjectsTableWidget.h"
#include "TestVault.h"
#include "leads/LeadService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <functional>

using qf::test::TestVault;
using namespace qf;

namespace {

// Runs `act` on the next visible top-level dialog of type T, once it has opened (dialogs run their own event loop).
template <typename T> void whenOpen(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<T*>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            act(dialog);
            if (dialog->isVisible()) // a refused save leaves it open; do not hang the test
                dialog->reject();
            return;
        }
    });
    timer->start();
}

std::unique_ptr<access::Session> loginAs(TestVault& vault, const QString& login)
{
    auto session = vault.login(login, TestVault::passwordOf(login));
    REQUIRE(session.ok());
    return std::move(session.value());
}

} // namespace

TEST_CASE("A lead is registered, assigned, held with a follow-up and the follow-up done, all from the UI")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv"), access::Role::Investigator);
    vault.addUser(QStringLiteral("inv2"), access::Role::Investigator);
    vault.addUser(QStringLiteral("boss"), access::Role::Approver);
    vault.closeAdmin();
    QString uid;

    {
        auto inv = loginAs(vault, QStringLiteral("inv"));
        ui::LeadsPage page(*inv);
        page.reload();
        REQUIRE(page.model()->rowCount() == 0);
        auto* registerButton = page.findChild<QPushButton*>(QStringLiteral("registerLeadPushButton"));
        REQUIRE(registerButton);
        CHECK_FALSE(registerButton->isHidden());

        bool refusedUnknownCase = false;
        whenOpen<ui::LeadRegisterDialog>([&refusedUnknownCase](ui::LeadRegisterDialog* dialog) {
            auto* source = dialog->findChild<QComboBox*>(QStringLiteral("sourceComboBox"));
            REQUIRE(source);
            REQUIRE(source->count() > 0);
            source->setCurrentIndex(0);
            auto* confidentiality = dialog->findChild<QComboBox*>(QStringLiteral("confidentialityComboBox"));
            confidentiality->setCurrentIndex(
                confidentiality->findData(static_cast<int>(access::ConfidentialityLevel::Secret)));
            auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
            summary->setFocus();
            test::typeInto(summary, QStringLiteral("反映其在工程招标中收受好处费"));
            people::Person subject;
            subject.name = QStringLiteral("郑国强");
            subject.unit = QStringLiteral("县住建局");
            dialog->findChild<ui::SubjectsTableWidget*>()->setSubjects({subject});
            auto* staff = dialog->findChild<QListWidget*>(QStringLiteral("staffListWidget"));
            REQUIRE(staff);
            CHECK(staff->count() == 2); // inv and inv2; the approver does not work on leads

            // An unknown case number is refused, and nothing is registered.
            auto* caseNumber = dialog->findChild<QLineEdit*>(QStringLiteral("caseNumberLineEdit"));
            test::typeInto(caseNumber, QStringLiteral("X-404"));
            QTest::keyClick(caseNumber, Qt::Key_Return);
            dialog->save();
            refusedUnknownCase = dialog->isVisible() && !dialog->registered();
            caseNumber->clear();
            dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
        });
        registerButton->click();
        CHECK(refusedUnknownCase);
        REQUIRE(page.model()->rowCount() == 1);
        uid = page.model()->rowAt(0)->uid;
    }

    auto lead = [&vault, &uid](const QString& login) {
        auto session = loginAs(vault, login);
        return leads::LeadService(*session).lead(uid);
    };
    REQUIRE(lead(QStringLiteral("inv")).ok());
    CHECK(lead(QStringLiteral("inv"))->summary == QStringLiteral("反映其在工程招标中收受好处费"));
    CHECK(lead(QStringLiteral("inv"))->confidentiality == access::ConfidentialityLevel::Secret);
    CHECK(lead(QStringLiteral("inv2")).code() == ErrorCode::PermissionDenied); // confidential, not yet assigned

    {
        auto inv = loginAs(vault, QStringLiteral("inv"));
        ui::LeadDetailDialog dialog(*inv, uid);
        REQUIRE(dialog.isLoaded());
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("decidePushButton"))->isHidden()); // not an approver
        whenOpen<ui::FormDialog>([](ui::FormDialog* form) {
            auto* combo = form->findChild<QComboBox*>(QStringLiteral("staffComboBox"));
            REQUIRE(combo);
            combo->setCurrentIndex(combo->findData(QStringLiteral("inv2")));
            form->accept();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("assignStaffPushButton"))->click();
    }
    REQUIRE(lead(QStringLiteral("inv2")).ok());

    const QDate nextReview = QDate::currentDate().addDays(30);
    {
        auto boss = loginAs(vault, QStringLiteral("boss"));
        ui::LeadDetailDialog dialog(*boss, uid);
        REQUIRE(dialog.isLoaded());
        auto* decide = dialog.findChild<QPushButton*>(QStringLiteral("decidePushButton"));
        REQUIRE(decide);
        CHECK_FALSE(decide->isHidden());
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("assignStaffPushButton"))->isHidden());
        whenOpen<ui::LeadDecisionDialog>([nextReview](ui::LeadDecisionDialog* decision) {
            auto* disposition = decision->findChild<QComboBox*>(QStringLiteral("dispositionComboBox"));
            disposition->setCurrentIndex(disposition->findData(leads::dispositionKey(leads::Disposition::Hold)));
            auto* next = decision->findChild<QDateEdit*>(QStringLiteral("nextReviewDateEdit"));
            CHECK(next->isEnabled());
            next->setDate(nextReview);
            test::typeInto(decision->findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit")),
                           QStringLiteral("线索尚不具备核查条件"));
            auto* task = decision->findChild<QLineEdit*>(QStringLiteral("taskLineEdit"));
            test::typeInto(task, QStringLiteral("调取招标档案"));
            QTest::keyClick(task, Qt::Key_Return);
            CHECK(decision->followUps().size() == 1);
            decision->findChild<QPushButton*>(QStringLiteral("recordPushButton"))->click();
        });
        decide->click();
        CHECK(dialog.followUps()->topLevelItemCount() == 1);
        CHECK(dialog.followUps()->topLevelItem(0)->text(1) == QStringLiteral("调取招标档案"));
    }
    REQUIRE(lead(QStringLiteral("inv")).ok());
    CHECK(lead(QStringLiteral("inv"))->disposition == leads::Disposition::Hold);
    CHECK(lead(QStringLiteral("inv"))->status == leads::LeadStatus::Disposed);
    CHECK(lead(QStringLiteral("inv"))->nextReviewDate == nextReview);
    {
        auto inv = loginAs(vault, QStringLiteral("inv"));
        int dispositions = 0; // Enter in the task field adds the task; it must not record the decision as well
        const auto timeline = leads::LeadService(*inv).timeline(uid);
        REQUIRE(timeline.ok());
        for (const auto& entry : timeline.value())
            dispositions += entry.action == QLatin1String("lead.dispose") ? 1 : 0;
        CHECK(dispositions == 1);
    }

    {
        auto inv2 = loginAs(vault, QStringLiteral("inv2"));
        ui::LeadDetailDialog dialog(*inv2, uid);
        REQUIRE(dialog.isLoaded());
        REQUIRE(dialog.followUps()->topLevelItemCount() == 1);
        auto* done = dialog.findChild<QPushButton*>(QStringLiteral("markDonePushButton"));
        REQUIRE(done);
        CHECK(done->isEnabled());
        done->click();
        CHECK_FALSE(done->isEnabled()); // only the "no open task" line is left

        leads::LeadService service(*inv2);
        CHECK(service.followUpsOf(uid)->isEmpty());
        auto all = service.followUpsOf(uid, true);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        CHECK_FALSE(all->first().isOpen());
    }
}
