#include "cli/DemoData.h"

#include "access/LoginService.h"
#include "cli/CliText.h"

#include <QDir>
#include <QFileInfo>

namespace qf::cli {

QList<DemoUser> demoUsers()
{
    using access::Role;
    return {
        {QStringLiteral("zhang.wei"), QString::fromUtf8("张伟"), Role::Admin},
        {QStringLiteral("li.na"), QString::fromUtf8("李娜"), Role::Investigator},
        {QStringLiteral("wang.qiang"), QString::fromUtf8("王强"), Role::LeadInvestigator},
        {QStringLiteral("liu.yang"), QString::fromUtf8("刘洋"), Role::Approver},
        {QStringLiteral("chen.jing"), QString::fromUtf8("陈静"), Role::Reviewer},
        {QStringLiteral("zhao.min"), QString::fromUtf8("赵敏"), Role::Clerk},
        {QStringLiteral("sun.li"), QString::fromUtf8("孙丽"), Role::Auditor},
    };
}

QString demoPassword(const QString& login)
{
    return QStringLiteral("demo-%1-2026").arg(login);
}

QString demoOrganName()
{
    return QString::fromUtf8("中共清风市纪律检查委员会（演示）");
}

QString demoPasswordFile(const QString& vaultPath, const QString& login)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(login + QStringLiteral(".password"));
}

QString demoRecoveryKeyFile(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("recovery-key.txt"));
}

namespace {

// The demo user of a role, logged in with the demo password on the administrator's vault.
Result<std::unique_ptr<access::Session>> demoSession(const access::Session& admin, access::Role role)
{
    for (const DemoUser& user : demoUsers()) {
        if (user.role != role)
            continue;
        QByteArray password = demoPassword(user.login).toUtf8();
        return access::openSession(admin.vault().path(), user.login, crypto::SecretBytes::takeFrom(password));
    }
    return makeError(ErrorCode::NotFound,
                     CliText::tr("The demo has no user with the role %1.").arg(access::roleDisplayName(role)));
}

} // namespace

Result<DemoContent> seedDemoContent(access::Session& admin, const DemoOptions& options, QTextStream& log)
{
    demo::DemoDataService service(admin);
    auto hasData = service.hasData();
    if (!hasData.ok())
        return hasData.error();
    if (hasData.value())
        return DemoContent{};
    // The caller has checked that the demo administrator opened this vault with the demo password, so it is a demo
    // vault (possibly one made before vaults were marked): mark it, then fill it.
    QF_TRY(service.markAsDemoVault());
    int lastTenth = -1;
    auto progress = [&log, &lastTenth](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        log << CliText::tr("Generating demo data: %1 of %2 reports").arg(done).arg(total) << Qt::endl;
    };
    auto figures = service.generate(options.scale, options.seed, progress);
    if (!figures.ok())
        return figures.error();
    auto leadInvestigator = demoSession(admin, access::Role::LeadInvestigator);
    if (!leadInvestigator.ok())
        return leadInvestigator.error();
    auto reviewer = demoSession(admin, access::Role::Reviewer);
    if (!reviewer.ok())
        return reviewer.error();
    log << CliText::tr("Generating demo sanctions, coordination, integrity files and recommendation letters")
        << Qt::endl;
    auto areas =
        demo::generateDemoAreas({admin, *leadInvestigator.value(), *reviewer.value()}, options.scale, options.seed);
    if (!areas.ok())
        return areas.error();
    return DemoContent{true, figures.value(), areas.value()};
}

} // namespace qf::cli
