#include "access/LoginService.h"
#include "access/UserService.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/DemoData.h"
#include "cli/TextTable.h"
#include "storage/KeySlots.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qf::cli {

namespace {

constexpr int kMaxScale = 10000; // as DemoDataService allows

crypto::SecretBytes demoSecret(const QString& login)
{
    QByteArray bytes = demoPassword(login).toUtf8();
    return crypto::SecretBytes::takeFrom(bytes);
}

Result<DemoOptions> demoOptions(const CliOptions& options)
{
    DemoOptions demo;
    bool ok = true;
    if (options.has(QStringLiteral("scale"))) {
        demo.scale = options.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || demo.scale < 1 || demo.scale > kMaxScale)
            return makeError(ErrorCode::Usage,
                             CliText::tr("--scale takes a whole number from 1 to %1.").arg(kMaxScale));
    }
    if (options.has(QStringLiteral("seed"))) {
        demo.seed = options.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return makeError(ErrorCode::Usage, CliText::tr("--seed takes a whole number from 0 to 4294967295."));
    }
    return demo;
}

// Adds the demo accounts that are missing, so an interrupted earlier run is completed rather than duplicated.
Result<int> addMissingUsers(access::Session& admin)
{
    access::UserService users(admin, crypto::KdfParams::fastForTesting());
    auto existing = users.listUsers();
    if (!existing.ok())
        return existing.error();
    int added = 0;
    for (const DemoUser& demo : demoUsers()) {
        const bool present = std::any_of(existing->cbegin(), existing->cend(), [&demo](const access::User& user) {
            return user.login.compare(demo.login, Qt::CaseInsensitive) == 0;
        });
        if (present)
            continue;
        auto user = users.addUser(demo.login, demo.displayName, {demo.role}, demoSecret(demo.login));
        if (!user.ok())
            return user.error();
        ++added;
    }
    return added;
}

} // namespace

Status runDemo(CliContext& context)
{
    auto vault = context.vaultPath();
    if (!vault.ok())
        return vault.error();
    auto options = demoOptions(context.options());
    if (!options.ok())
        return options.error();
    const QList<DemoUser> users = demoUsers();
    const DemoUser& admin = users.first();
    const QString recoveryFile = demoRecoveryKeyFile(vault.value());

    bool created = false;
    bool inUse = false;
    int added = 0;
    DemoContent content;
    std::unique_ptr<access::Session> session;
    if (!QFileInfo::exists(vault.value()) && !QFileInfo::exists(storage::KeySlotFile::pathFor(vault.value()))) {
        storage::VaultCreateOptions create;
        create.path = vault.value();
        create.organName = demoOrganName();
        create.adminLogin = admin.login;
        create.adminDisplayName = admin.displayName;
        // Demo only: small Argon2id parameters so the demo starts at once. Real vaults use the production default.
        create.kdf = crypto::KdfParams::fastForTesting();
        QString recoveryKey;
        auto initialized = access::initializeVault(create, demoSecret(admin.login), &recoveryKey);
        if (!initialized.ok())
            return initialized.error();
        session = std::move(initialized.value());
        created = true;
        const QByteArray keyBytes = recoveryKey.toUtf8();
        if (const Status written = writePrivateFile(recoveryFile, keyBytes, false); !written.ok())
            context.warn(written.message());
    } else {
        auto opened = access::openSession(vault.value(), admin.login, demoSecret(admin.login));
        if (opened.code() == ErrorCode::WrongPassword)
            return makeError(ErrorCode::AlreadyExists,
                             CliText::tr("%1 exists but is not a demo vault: the demo administrator %2 cannot log in "
                                         "with the demo password. Nothing was changed. Give another --vault for the "
                                         "demo.")
                                 .arg(vault.value(), admin.login));
        if (opened.code() == ErrorCode::AlreadyOpen) {
            inUse = true;
        } else if (!opened.ok()) {
            return opened.error();
        } else {
            session = std::move(opened.value());
        }
    }
    if (session) {
        auto missing = addMissingUsers(*session);
        if (!missing.ok())
            return missing.error();
        added = missing.value();
        auto seeded = seedDemoContent(*session, options.value(), context.err());
        if (!seeded.ok())
            return seeded.error();
        content = seeded.value();
        session.reset();
    }
    for (const DemoUser& user : users) {
        const QByteArray password = demoPassword(user.login).toUtf8();
        QF_TRY(writePrivateFile(demoPasswordFile(vault.value(), user.login), password, false));
    }

    if (context.json()) {
        QJsonArray list;
        for (const DemoUser& user : users)
            list.append(QJsonObject{{QStringLiteral("login"), user.login},
                                    {QStringLiteral("name"), user.displayName},
                                    {QStringLiteral("role"), access::roleKey(user.role)},
                                    {QStringLiteral("password"), demoPassword(user.login)},
                                    {QStringLiteral("password_file"), demoPasswordFile(vault.value(), user.login)}});
        QJsonObject result{{QStringLiteral("vault"), vault.value()},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("users_added"), created ? list.size() - 1 : added},
                           {QStringLiteral("scale"), options->scale},
                           {QStringLiteral("seed"), static_cast<qint64>(options->seed)},
                           {QStringLiteral("data_generated"), content.generated},
                           {QStringLiteral("users"), list}};
        if (content.generated)
            result.insert(QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("reports"), content.figures.reports},
                                      {QStringLiteral("leads"), content.figures.leads},
                                      {QStringLiteral("meetings"), content.figures.meetings},
                                      {QStringLiteral("transfers"), content.figures.transfers},
                                      {QStringLiteral("sanctions"), content.areas.sanctions},
                                      {QStringLiteral("recoveries"), content.areas.recoveries},
                                      {QStringLiteral("external_transfers"), content.areas.externalTransfers},
                                      {QStringLiteral("assistance_requests"), content.areas.assistanceRequests},
                                      {QStringLiteral("recommendation_letters"), content.areas.recommendationLetters},
                                      {QStringLiteral("integrity_files"), content.areas.integrityFiles},
                                      {QStringLiteral("opinion_requests"), content.areas.opinionRequests}});
        if (QFileInfo::exists(recoveryFile))
            result.insert(QStringLiteral("recovery_key_file"), recoveryFile);
        context.printJson(QJsonDocument(result));
        return {};
    }

    QTextStream& out = context.out();
    if (created)
        out << CliText::tr("Created the demo vault %1 (scale %2, seed %3).")
                   .arg(vault.value())
                   .arg(options->scale)
                   .arg(options->seed)
            << '\n';
    else if (inUse)
        out << CliText::tr("The demo vault %1 is open in another program; it was left as it is.").arg(vault.value())
            << '\n';
    else if (added > 0 || content.generated)
        out << CliText::tr("The demo vault %1 already exists; what it lacked was added (%n demo user(s)).", nullptr,
                           added)
                   .arg(vault.value())
            << '\n';
    else
        out << CliText::tr("The demo vault %1 already exists; nothing was changed.").arg(vault.value()) << '\n';
    if (content.generated)
        out << CliText::tr("Synthetic demo data: %1 reports, %2 leads, %3 review meetings, %4 transfers.")
                   .arg(content.figures.reports)
                   .arg(content.figures.leads)
                   .arg(content.figures.meetings)
                   .arg(content.figures.transfers)
            << '\n'
            << CliText::tr("%1 sanctions (%2 appealed), %3 asset recoveries, %4 external transfers, %5 assistance "
                           "requests, %6 recommendation letters, %7 integrity files, %8 integrity opinion requests.")
                   .arg(content.areas.sanctions)
                   .arg(content.areas.appeals)
                   .arg(content.areas.recoveries)
                   .arg(content.areas.externalTransfers)
                   .arg(content.areas.assistanceRequests)
                   .arg(content.areas.recommendationLetters)
                   .arg(content.areas.integrityFiles)
                   .arg(content.areas.opinionRequests)
            << '\n';
    out << CliText::tr("Organ: %1").arg(demoOrganName()) << "\n\n"
        << CliText::tr("Demo users, one per role. These passwords are for this demo vault only:") << "\n\n";
    TextTable table({CliText::tr("Login"), CliText::tr("Name"), CliText::tr("Role"), CliText::tr("Password")});
    for (const DemoUser& user : users)
        table.addRow({user.login, user.displayName, access::roleDisplayName(user.role), demoPassword(user.login)});
    table.print(out);
    out << '\n'
        << CliText::tr("Each password is also in %1 (readable only by you), for scripts:")
               .arg(demoPasswordFile(vault.value(), QStringLiteral("<login>")))
        << '\n'
        << QStringLiteral("  qingfeng-cli info --vault %1 --user %2 --password-file %3")
               .arg(vault.value(), admin.login, demoPasswordFile(vault.value(), admin.login))
        << '\n';
    if (QFileInfo::exists(recoveryFile))
        out << CliText::tr("The recovery key of the demo vault is in %1.").arg(recoveryFile) << '\n';
    out.flush();
    return {};
}

} // namespace qf::cli
