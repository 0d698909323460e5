#include "access/UserRepository.h"
#include "audit/AuditTrail.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "storage/Migrations.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qf::cli {

namespace {

void printField(QTextStream& out, const QString& label, const QString& value)
{
    out << label << QString(std::max(1, 22 - TextTable::displayWidth(label)), u' ') << value << '\n';
}

} // namespace

Status runInfo(CliContext& context)
{
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    access::Session& session = *opened.value();
    QF_TRY(session.require(access::Permission::ViewDashboard));
    const QSqlDatabase db = session.database();

    const storage::SettingsRepository settings(db);
    auto organ = settings.value(storage::settingkeys::organName);
    if (!organ.ok())
        return organ.error();
    auto createdAt = settings.value(storage::settingkeys::createdAt);
    if (!createdAt.ok())
        return createdAt.error();
    auto schema = storage::querySingleValue(db, QStringLiteral("PRAGMA user_version"));
    if (!schema.ok())
        return schema.error();
    auto users = access::UserRepository(db).list();
    if (!users.ok())
        return users.error();
    qsizetype activeUsers = 0;
    for (const access::User& user : users.value())
        activeUsers += user.disabled ? 0 : 1;
    // The chain head is for those who may see the audit trail (auditors, administrators).
    const bool showAudit = session.can(access::Permission::ViewAudit);
    audit::AuditHead head;
    if (showAudit) {
        auto read = audit::AuditTrail::head(db);
        if (!read.ok())
            return read.error();
        head = read.value();
    }
    const storage::Vault& vault = session.vault();
    QStringList roleKeys;
    QStringList roleNames;
    for (access::Role role : session.user().roles) {
        roleKeys << access::roleKey(role);
        roleNames << access::roleDisplayName(role);
    }

    if (context.json()) {
        QJsonObject result{
            {QStringLiteral("vault"), vault.path()},
            {QStringLiteral("organ"), organ.value()},
            {QStringLiteral("vault_uid"), vault.uid()},
            {QStringLiteral("created_at"), createdAt.value()},
            {QStringLiteral("cipher_version"), vault.cipherVersion()},
            {QStringLiteral("cipher_compatibility"), vault.cipherSettings().compatibility},
            {QStringLiteral("cipher_page_size"), vault.cipherSettings().pageSize},
            {QStringLiteral("schema_version"), schema->toInt()},
            {QStringLiteral("users"), static_cast<qint64>(users->size())},
            {QStringLiteral("active_users"), static_cast<qint64>(activeUsers)},
            {QStringLiteral("signed_in_as"),
             QJsonObject{{QStringLiteral("login"), session.login()},
                         {QStringLiteral("name"), session.user().displayName},
                         {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys)}}},
        };
        if (showAudit)
            result.insert(QStringLiteral("audit"),
                          QJsonObject{{QStringLiteral("count"), head.count},
                                      {QStringLiteral("last_at_utc"), head.lastAtUtc},
                                      {QStringLiteral("head_hash"), QString::fromLatin1(head.lastHash.toHex())}});
        context.printJson(QJsonDocument(result));
        return {};
    }

    QTextStream& out = context.out();
    printField(out, CliText::tr("Vault:"), vault.path());
    printField(out, CliText::tr("Organ:"), organ.value());
    printField(out, CliText::tr("Vault UID:"), vault.uid());
    printField(out, CliText::tr("Created (UTC):"), createdAt.value());
    printField(out, CliText::tr("Cipher:"),
               CliText::tr("SQLCipher %1 (format %2, page size %3)")
                   .arg(vault.cipherVersion())
                   .arg(vault.cipherSettings().compatibility)
                   .arg(vault.cipherSettings().pageSize));
    printField(out, CliText::tr("Schema version:"),
               CliText::tr("%1 (this program knows %2)").arg(schema->toInt()).arg(storage::latestSchemaVersion()));
    printField(out, CliText::tr("Users:"), CliText::tr("%1 (%2 active)").arg(users->size()).arg(activeUsers));
    if (showAudit) {
        printField(out, CliText::tr("Audit entries:"), QString::number(head.count));
        printField(out, CliText::tr("Last entry (UTC):"), head.lastAtUtc);
        printField(out, CliText::tr("Audit head hash:"), QString::fromLatin1(head.lastHash.toHex()));
    }
    printField(out, CliText::tr("Signed in as:"),
               QStringLiteral("%1 (%2), %3")
                   .arg(session.login(), session.user().displayName, roleNames.join(QStringLiteral(", "))));
    out.flush();
    return {};
}

} // namespace qf::cli
