#include "settings/VaultSettingsService.h"

#include "access/Mutation.h"
#include "archive/BackupService.h"
#include "common/Translations.h"
#include "documents/NumberingRegistry.h"
#include "documents/Template.h"
#include "reporting/IntegrityOpinionService.h"
#include "storage/SettingsRepository.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace qf::settings {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::settings::VaultSettingsService)
};

const QString kAgencyKey = QStringLiteral("numbering.agency");
const QString kDefaultAgency = QStringLiteral("苏纪");
const QString kPatternPrefix = QStringLiteral("numbering.pattern.");
constexpr int kMaxBackupKeep = 1000;
constexpr int kMaxStageMonths = 60;

access::AccessTarget settingsTarget()
{
    return {QStringLiteral("setting"), QString(), access::ConfidentialityLevel::Internal};
}

// Every number kind the registry or a built-in template uses, in a stable order, with what it numbers.
QList<QPair<QString, QString>> numberKinds()
{
    QList<QPair<QString, QString>> kinds{{documents::numberkinds::lead, Messages::tr("Leads")},
                                         {documents::numberkinds::caseFile, Messages::tr("Cases")}};
    auto templates = documents::TemplateCatalog::builtIn();
    if (templates.ok())
        for (const documents::Template& tmpl : templates.value()) {
            if (tmpl.sequence.isEmpty())
                continue;
            auto known =
                std::find_if(kinds.begin(), kinds.end(), [&](const auto& kind) { return kind.first == tmpl.sequence; });
            if (known == kinds.end())
                kinds.append({tmpl.sequence, tmpl.title(currentLanguage())});
        }
    return kinds;
}

bool isNumberKind(const QString& kind)
{
    const auto kinds = numberKinds();
    return std::any_of(kinds.cbegin(), kinds.cend(), [&](const auto& known) { return known.first == kind; });
}

} // namespace

Result<VaultSettings> VaultSettingsService::load() const
{
    if (m_session.isLocked())
        return makeError(ErrorCode::Locked, Messages::tr("The vault is locked. Unlock it to see its settings."));
    const storage::SettingsRepository repository(m_session.database());
    VaultSettings settings;
    auto organ = repository.value(storage::settingkeys::organName);
    if (!organ.ok())
        return organ.error();
    settings.organName = organ.value();
    auto agency = repository.value(kAgencyKey, kDefaultAgency);
    if (!agency.ok())
        return agency.error();
    settings.numberAgency = agency.value();
    for (const auto& [kind, label] : numberKinds()) {
        auto pattern = repository.value(kPatternPrefix + kind, documents::NumberingRegistry::defaultPattern(kind));
        if (!pattern.ok())
            return pattern.error();
        settings.numberPatterns << NumberPattern{kind, label, pattern.value()};
    }
    auto keep = repository.value(archive::kBackupKeepSetting, QString::number(archive::kDefaultBackupKeep));
    if (!keep.ok())
        return keep.error();
    settings.backupKeep = keep->toInt();
    auto replyDays = reporting::IntegrityOpinionService::replyDaysWithin(m_session.database());
    if (!replyDays.ok())
        return replyDays.error();
    settings.opinionReplyDays = replyDays.value();
    return settings;
}

Status VaultSettingsService::store(const QString& key, const QString& value, const QString& summary)
{
    return access::mutate(m_session, access::Permission::ManageUsers, settingsTarget(),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(storage::SettingsRepository(db).setValue(key, value));
                              note = {QStringLiteral("setting.change"), QStringLiteral("setting"), key, summary};
                              return {};
                          });
}

Status VaultSettingsService::setOrganName(const QString& organName)
{
    const QString name = organName.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Enter the name of the organ that owns this vault."));
    return store(storage::settingkeys::organName, name, Messages::tr("organ name set to %1").arg(name));
}

Status VaultSettingsService::setNumberAgency(const QString& agency)
{
    const QString prefix = agency.trimmed();
    if (prefix.isEmpty() || prefix.size() > 16)
        return makeError(ErrorCode::Invalid, Messages::tr("The number prefix has 1 to 16 characters, e.g. 苏纪."));
    return store(kAgencyKey, prefix, Messages::tr("number prefix set to %1").arg(prefix));
}

Status VaultSettingsService::setNumberPattern(const QString& kind, const QString& pattern)
{
    if (!isNumberKind(kind))
        return makeError(ErrorCode::NotFound, Messages::tr("There is no number kind %1.").arg(kind));
    static const QRegularExpression sequence(QStringLiteral("\\{seq(:\\d)?\\}"));
    const QString text = pattern.trimmed();
    if (!text.contains(sequence))
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("A number pattern must contain {seq} (or {seq:N} for N digits), so numbers differ."));
    return store(kPatternPrefix + kind, text, Messages::tr("number pattern for %1 set to %2").arg(kind, text));
}

Status VaultSettingsService::setBackupKeep(int keep)
{
    if (keep < 0 || keep > kMaxBackupKeep)
        return makeError(ErrorCode::Invalid,
                         Messages::tr("Keep between 0 (all) and %1 backup sets.").arg(kMaxBackupKeep));
    return store(archive::kBackupKeepSetting, QString::number(keep),
                 Messages::tr("backup rotation keeps %1 sets").arg(keep));
}

Status VaultSettingsService::setOpinionReplyDays(int days)
{
    if (days < 1 || days > reporting::kMaxOpinionReplyDays)
        return makeError(ErrorCode::Invalid,
                         Messages::tr("Give integrity opinion requests between 1 and %1 days for the reply.")
                             .arg(reporting::kMaxOpinionReplyDays));
    return store(reporting::kOpinionReplyDaysSetting, QString::number(days),
                 Messages::tr("integrity opinion requests are answered within %1 days").arg(days));
}

Result<QList<StageTimeLimit>> VaultSettingsService::stageTimeLimits() const
{
    if (m_session.isLocked())
        return makeError(ErrorCode::Locked, Messages::tr("The vault is locked. Unlock it to see its settings."));
    auto definition = workflow::CaseWorkflow::definition(m_session.database());
    if (!definition.ok())
        return definition.error();
    const QString language = currentLanguage();
    QList<StageTimeLimit> limits;
    for (const workflow::StageDefinition& stage : definition->stages())
        if (!stage.final)
            limits << StageTimeLimit{stage.id, stage.label(language), stage.timeLimitMonths, stage.extendableMonths};
    return limits;
}

Status VaultSettingsService::setStageTimeLimit(const QString& stage, int months, int extendableMonths)
{
    if (months < 0 || months > kMaxStageMonths || extendableMonths < 0 || extendableMonths > kMaxStageMonths)
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("A time limit and its extension are between 0 and %1 months.").arg(kMaxStageMonths));
    if (months == 0 && extendableMonths > 0)
        return makeError(ErrorCode::Invalid, Messages::tr("A stage without a time limit cannot be extended."));
    auto json = workflow::CaseWorkflow::definitionJson(m_session.database());
    if (!json.ok())
        return json.error();
    QJsonObject root = QJsonDocument::fromJson(json.value()).object();
    QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QJsonObject entry = stages.at(i).toObject();
        if (entry.value(QStringLiteral("id")).toString() != stage || entry.value(QStringLiteral("final")).toBool())
            continue;
        if (months == 0)
            entry.remove(QStringLiteral("time_limit"));
        else
            entry.insert(QStringLiteral("time_limit"),
                         QJsonObject{{QStringLiteral("months"), months},
                                     {QStringLiteral("extendable_months"), extendableMonths}});
        stages.replace(i, entry);
        found = true;
    }
    if (!found)
        return makeError(ErrorCode::NotFound,
                         Messages::tr("The case workflow has no stage %1 with a time limit.").arg(stage));
    root.insert(QStringLiteral("stages"), stages);
    return workflow::CaseWorkflow(m_session).installDefinition(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QStringList VaultSettingsService::categoryKinds()
{
    return {QStringLiteral("allegation"),  QStringLiteral("sector"),  QStringLiteral("cadre_level"),
            QStringLiteral("lead_source"), QStringLiteral("measure"), QStringLiteral("meeting_type"),
            QStringLiteral("office")};
}

Result<QList<storage::Category>> VaultSettingsService::categories(const QString& kind) const
{
    if (m_session.isLocked())
        return makeError(ErrorCode::Locked, Messages::tr("The vault is locked. Unlock it to see its settings."));
    return storage::categories(m_session.database(), kind);
}

Status VaultSettingsService::saveCategory(const QString& kind, const storage::Category& category)
{
    if (!categoryKinds().contains(kind))
        return makeError(ErrorCode::NotFound, Messages::tr("There is no list named %1.").arg(kind));
    static const QRegularExpression codeRule(QStringLiteral("^[a-z0-9_]{1,32}$"));
    if (!codeRule.match(category.code).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("A code has 1 to 32 lower-case letters, digits or '_'; it never changes once used."));
    const QString label = category.label.trimmed();
    if (label.isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Enter the label shown for this entry."));
    return access::mutate(m_session, access::Permission::ManageUsers, settingsTarget(),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(storage::saveCategory(db, kind, {category.code, label}));
                              note = {QStringLiteral("category.save"), QStringLiteral("category"),
                                      kind + u'/' + category.code,
                                      Messages::tr("%1 entry %2 labelled %3").arg(kind, category.code, label)};
                              return {};
                          });
}

} // namespace qf::settings
