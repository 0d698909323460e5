#include "archive/RecordCatalog.h"

#include "archive/ArchiveFormat.h"
#include "archive/CompactJson.h"
#include "crypto/Mac.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::RecordCatalog)
};

Error invalidRecord(const QString& type, const QString& uid, const QString& detail)
{
    return makeError(ErrorCode::Invalid,
                     Messages::tr("Record %1 (%2) in the archive is not acceptable: %3. Nothing was "
                                  "imported.")
                         .arg(uid.left(80), type.left(40), detail));
}

constexpr const char* kVaultOnly = "0"; // travels only in a whole-vault archive

// How the rows of each table are found from the scope. {t} stands for the ids already collected for table t;
// {case_root} and {lead_root} for the scope's own records. Listed in collection order.
struct Step
{
    const char* table;
    const char* where;
};

constexpr Step kSteps[] = {
    {"case_file", "id IN ({case_root})"},
    {"lead", "id IN ({lead_root}) OR id IN (SELECT lead_id FROM case_file WHERE id IN ({case_file}))"},
    {"report", "lead_id IN ({lead})"},
    {"lead_subject", "lead_id IN ({lead})"},
    {"report_subject", "report_id IN ({report})"},
    {"person",
     "id IN (SELECT person_id FROM lead_subject WHERE lead_id IN ({lead})) OR id IN (SELECT person_id FROM "
     "report_subject WHERE report_id IN ({report})) OR id IN (SELECT person_id FROM sanction WHERE case_id IN "
     "({case_file}))"},
    {"protected_identity", "report_id IN ({report})"},
    {"follow_up_task", "lead_id IN ({lead})"},
    // A lead's dispositions, with the collective-review meetings that decided them and their attendance.
    {"lead_disposition", "lead_id IN ({lead})"},
    {"review_meeting", "id IN (SELECT meeting_id FROM lead_disposition WHERE id IN ({lead_disposition}))"},
    {"review_attendee", "meeting_id IN ({review_meeting})"},
    {"transfer_out", "lead_id IN ({lead}) OR report_id IN ({report})"},
    {"case_team", "case_id IN ({case_file})"},
    {"transition_request", "case_id IN ({case_file})"},
    {"deadline", "case_id IN ({case_file})"},
    {"deadline_extension", "deadline_id IN ({deadline})"},
    {"collective_decision", "case_id IN ({case_file})"},
    {"decision_member", "decision_id IN ({collective_decision})"},
    {"measure", "case_id IN ({case_file})"},
    {"talk_record", "case_id IN ({case_file})"},
    {"recusal", "case_id IN ({case_file})"},
    {"supervision", "case_id IN ({case_file})"},
    {"supervision_report", "supervision_id IN ({supervision})"},
    {"joint_partner", "case_id IN ({case_file})"},
    {"jurisdiction_dispute", "case_id IN ({case_file}) OR lead_id IN ({lead})"},
    {"dispute_step", "dispute_id IN ({jurisdiction_dispute})"},
    {"review_record", "case_id IN ({case_file})"},
    {"appeal", "case_id IN ({case_file})"},
    {"evidence_item", "case_id IN ({case_file})"},
    {"evidence_attachment", "evidence_id IN ({evidence_item})"},
    {"attachment", "id IN (SELECT attachment_id FROM evidence_attachment WHERE evidence_id IN ({evidence_item}))"},
    {"custody_event", "evidence_id IN ({evidence_item})"},
    {"property_item", "case_id IN ({case_file})"},
    {"property_action", "item_id IN ({property_item})"},
    {"sanction", "case_id IN ({case_file})"},
    {"execution_step", "sanction_id IN ({sanction})"},
    {"asset_recovery", "case_id IN ({case_file})"},
    {"case_transfer", "case_id IN ({case_file})"},
    {"assistance_request", "case_id IN ({case_file})"},
    {"recommendation_letter", "case_id IN ({case_file})"},
    {"rectification_feedback", "letter_id IN ({recommendation_letter})"},
    {"integrity_file", "person_id IN ({person})"},
    {"personal_matters_report", "file_id IN ({integrity_file})"},
    {"anomaly_flag", "file_id IN ({integrity_file})"},
    // Opinion requests come from the organization department, not from a case; the staff register is the organ's.
    {"integrity_request", kVaultOnly},
    {"integrity_request_entry", kVaultOnly},
    {"integrity_match_candidate", kVaultOnly},
    {"staff_certification", kVaultOnly},
    {"staff_training", kVaultOnly},
    {"staff_tier", kVaultOnly},
    {"staff_office", kVaultOnly},
    {"staff_relationship", kVaultOnly},
    // Documents of the case or lead (every version shares the target) and those that cover its property.
    {"document", "(target_type = 'case' AND target_uid IN (SELECT uid FROM case_file WHERE id IN ({case_file}))) OR "
                 "(target_type = 'lead' AND target_uid IN (SELECT uid FROM lead WHERE id IN ({lead}))) OR id IN "
                 "(SELECT document_id FROM document_property_item WHERE item_id IN ({property_item})) OR id IN "
                 "(SELECT document_id FROM property_action_document WHERE action_id IN ({property_action}))"},
    {"document_property_item", "document_id IN ({document}) AND item_id IN ({property_item})"},
    {"property_action_document", "document_id IN ({document}) AND action_id IN ({property_action})"},
};

QString idList(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return QStringLiteral("NULL");
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

constexpr qint64 kMaxJsonInteger = 9007199254740992LL; // 2^53

} // namespace

QString ExportScope::kindName() const
{
    switch (kind) {
    case Kind::Case:
        return QStringLiteral("case");
    case Kind::Cases:
        return QStringLiteral("cases");
    case Kind::Leads:
        return QStringLiteral("leads");
    case Kind::Vault:
        return QStringLiteral("vault");
    }
    return {};
}

QByteArray RecordDoc::canonical() const
{
    // QJsonObject keeps its keys sorted, so the compact form of {"fields","type","uid"} is canonical.
    QByteArray out;
    out.reserve(256);
    out.append("{\"fields\":", 10);
    compactjson::appendObject(out, fields);
    out.append(",\"type\":", 8);
    compactjson::appendString(out, type);
    out.append(",\"uid\":", 7);
    compactjson::appendString(out, uid);
    out.append('}');
    return out;
}

QString syntheticUid(const QString& vaultUid, const QString& table, qint64 rowId)
{
    const QByteArray seed = (vaultUid + u'/' + table + u'/' + QString::number(rowId)).toUtf8();
    return QStringLiteral("row-") + QString::fromLatin1(crypto::sha256(seed).left(16).toHex());
}

const QStringList& RecordCatalog::importOrder()
{
    static const QStringList order = {
        QString::fromLatin1(kUserType),
        QStringLiteral("person"),
        QStringLiteral("lead"),
        QStringLiteral("report"),
        QStringLiteral("lead_subject"),
        QStringLiteral("report_subject"),
        QStringLiteral("protected_identity"),
        QStringLiteral("follow_up_task"),
        QStringLiteral("review_meeting"),
        QStringLiteral("review_attendee"),
        QStringLiteral("lead_disposition"),
        QStringLiteral("transfer_out"),
        QStringLiteral("case_file"),
        QStringLiteral("case_team"),
        QStringLiteral("transition_request"),
        QStringLiteral("deadline"),
        QStringLiteral("deadline_extension"),
        QStringLiteral("collective_decision"),
        QStringLiteral("decision_member"),
        QStringLiteral("measure"),
        QStringLiteral("talk_record"),
        QStringLiteral("recusal"),
        QStringLiteral("supervision"),
        QStringLiteral("supervision_report"),
        QStringLiteral("joint_partner"),
        QStringLiteral("jurisdiction_dispute"),
        QStringLiteral("dispute_step"),
        QStringLiteral("review_record"),
        QStringLiteral("appeal"),
        QStringLiteral("attachment"),
        QStringLiteral("evidence_item"),
        QStringLiteral("evidence_attachment"),
        QStringLiteral("custody_event"),
        QStringLiteral("property_item"),
        QStringLiteral("property_action"),
        QStringLiteral("sanction"),
        QStringLiteral("execution_step"),
        QStringLiteral("asset_recovery"),
        QStringLiteral("case_transfer"),
        QStringLiteral("assistance_request"),
        QStringLiteral("recommendation_letter"),
        QStringLiteral("rectification_feedback"),
        QStringLiteral("integrity_file"),
        QStringLiteral("personal_matters_report"),
        QStringLiteral("anomaly_flag"),
        QStringLiteral("integrity_request"),
        QStringLiteral("integrity_request_entry"),
        QStringLiteral("integrity_match_candidate"),
        QStringLiteral("staff_certification"),
        QStringLiteral("staff_training"),
        QStringLiteral("staff_tier"),
        QStringLiteral("staff_office"),
        QStringLiteral("staff_relationship"),
        QStringLiteral("document"),
        QStringLiteral("document_property_item"),
        QStringLiteral("property_action_document"),
    };
    return order;
}

const QMap<QString, QString>& RecordCatalog::localTables()
{
    static const QMap<QString, QString> local = {
        {QStringLiteral("setting"), QStringLiteral("settings of this vault: its uid, organ, numbering agency")},
        {QStringLiteral("user_role"), QStringLiteral("roles are granted by each vault's own administrator")},
        {QStringLiteral("assignment"), QStringLiteral("access assignments are granted by each vault")},
        {QStringLiteral("audit_entry"),
         QStringLiteral("each vault keeps its own hash chain; the manifest carries the source's audit head")},
        {QStringLiteral("audit_key"),
         QStringLiteral("the key of this vault's own audit chain; a secret that never leaves")},
        {QStringLiteral("category"), QStringLiteral("reference lists seeded by the migrations, the same everywhere")},
        {QStringLiteral("identity_grant"),
         QStringLiteral("approvals to see a protected identity hold for this vault's users only")},
        {QStringLiteral("reporter_reward"),
         QStringLiteral("a payment to a reporter identifies the protected reporter; it never leaves the vault")},
        {QStringLiteral("number_sequence"),
         QStringLiteral("this organ's numbering counters; the numbers travel inside their records")},
        {QStringLiteral("number_issued"),
         QStringLiteral("this organ's register of issued numbers; the numbers travel inside their records")},
        {QStringLiteral("workflow_lock"), QStringLiteral("transient edit locks of this workstation")},
        {QStringLiteral("accountability_record"),
         QStringLiteral("error accountability is restricted to this vault's approvers and auditors")},
        {QStringLiteral("attachment_chunk"), QStringLiteral("attachment contents travel as content entries")},
        {QStringLiteral("attachment_part"), QStringLiteral("attachment contents travel as content entries")},
        {QStringLiteral("attachment_verification"),
         QStringLiteral("re-verification results of this vault's own storage")},
        {QStringLiteral("workstation_key"), QStringLiteral("this workstation's signing key")},
        {QStringLiteral("trusted_key"), QStringLiteral("this vault's trust list")},
        {QStringLiteral("archive_import"), QStringLiteral("this vault's log of imports")},
        {QStringLiteral("record_provenance"), QStringLiteral("this vault's log of where imported records came from")},
        {QStringLiteral("report_search"), QStringLiteral("search index, rebuilt from the reports it indexes")},
        {QStringLiteral("lead_search"), QStringLiteral("search index, rebuilt from the leads it indexes")},
        {QStringLiteral("print_log"), QStringLiteral("copies printed at this vault; copy numbers are per vault")},
        {QStringLiteral("schema_migration"), QStringLiteral("which schema migrations this vault has taken")},
        {QStringLiteral("letter_print_log"),
         QStringLiteral("copies of letters printed at this vault; copy numbers are per vault")},
        // Meetings refer to their schedule by uid; every vault has the same built-in schedules.
        {QStringLiteral("review_schedule"),
         QStringLiteral("the organ's collective-review calendar; every vault has the same built-in schedules")},
    };
    return local;
}

Status RecordCatalog::load()
{
    auto uid = storage::SettingsRepository(m_db).value(storage::settingkeys::vaultUid);
    if (!uid.ok())
        return uid.error();
    m_vaultUid = uid.value();
    for (const QString& type : importOrder()) {
        if (type == QLatin1String(kUserType))
            continue;
        TableInfo info;
        info.name = type;
        QHash<QString, QString> refs;
        auto keys = storage::runQuery(m_db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(type));
        if (!keys.ok())
            return keys.error();
        while (keys->next())
            refs.insert(keys->value(3).toString(), keys->value(2).toString());
        auto columns = storage::runQuery(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(type));
        if (!columns.ok())
            return columns.error();
        while (columns->next()) {
            const QString name = columns->value(1).toString();
            if (name == QLatin1String("uid")) {
                info.hasUid = true;
                continue;
            }
            if (name == QLatin1String("id") && columns->value(5).toInt() == 1) {
                info.hasId = true;
                continue;
            }
            ColumnInfo column;
            column.name = name;
            const QString declared = columns->value(2).toString().toUpper();
            column.kind = declared.contains(QLatin1String("INT"))    ? ColumnInfo::Kind::Integer
                          : declared.contains(QLatin1String("BLOB")) ? ColumnInfo::Kind::Blob
                                                                     : ColumnInfo::Kind::Text;
            column.notNull = columns->value(3).toInt() != 0;
            column.refTable = refs.value(name);
            info.columns << column;
        }
        if (info.columns.isEmpty())
            return makeError(ErrorCode::Failed, QStringLiteral("archive catalog: no table %1").arg(type));
        // The order a document's fields are written in is the one QJsonObject keeps: ask it.
        QJsonObject names;
        QHash<QString, int> indexOf;
        for (int i = 0; i < info.columns.size(); ++i) {
            names.insert(info.columns.at(i).name, QJsonValue::Null);
            indexOf.insert(info.columns.at(i).name, i);
        }
        for (auto it = names.constBegin(); it != names.constEnd(); ++it)
            info.keyOrder << indexOf.value(it.key());
        // A trigger that refuses every update makes the table append-only: its rows are only ever added.
        auto frozen = storage::querySingleValue(
            m_db,
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
                           "upper(sql) LIKE '%BEFORE UPDATE ON%'"),
            {type});
        if (!frozen.ok())
            return frozen.error();
        info.appendOnly = frozen->toLongLong() > 0;
        m_tables.insert(type, info);
    }
    return {};
}

const TableInfo* RecordCatalog::table(const QString& type) const
{
    auto it = m_tables.constFind(type);
    return it == m_tables.constEnd() ? nullptr : &it.value();
}

namespace {

// A step's condition with its placeholders replaced by the rows collected so far; only the lists the condition names
// are written out, since a scope can hold tens of thousands of rows.
QString scopedCondition(const char* pattern, const QString& rootTable, const QList<qint64>& roots,
                        const QHash<QString, QList<qint64>>& ids)
{
    QString where = QString::fromLatin1(pattern);
    where.replace(QStringLiteral("{case_root}"),
                  rootTable == QLatin1String("case_file") ? idList(roots) : QStringLiteral("NULL"));
    where.replace(QStringLiteral("{lead_root}"),
                  rootTable == QLatin1String("lead") ? idList(roots) : QStringLiteral("NULL"));
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QString placeholder = u'{' + it.key() + u'}';
        if (where.contains(placeholder))
            where.replace(placeholder, idList(it.value()));
    }
    static const QRegularExpression leftover(QStringLiteral("\\{[a-z_]+\\}"));
    where.replace(leftover, QStringLiteral("NULL"));
    return where;
}

} // namespace

Result<QHash<QString, QList<qint64>>> RecordCatalog::collect(const ExportScope& scope) const
{
    QHash<QString, QList<qint64>> ids;
    const bool everything = scope.kind == ExportScope::Kind::Vault;
    const QString rootTable =
        scope.kind == ExportScope::Kind::Leads ? QStringLiteral("lead") : QStringLiteral("case_file");
    QList<qint64> roots;
    if (!everything) {
        for (const QString& uid : scope.uids) {
            auto id = storage::querySingleValue(m_db, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(rootTable),
                                                {uid});
            if (!id.ok())
                return id.error();
            if (id->isNull())
                return makeError(
                    ErrorCode::NotFound,
                    Messages::tr("There is no %1 with the uid %2 in this vault.")
                        .arg(rootTable == QLatin1String("lead") ? Messages::tr("lead") : Messages::tr("case"), uid));
            roots << id->toLongLong();
        }
    }
    for (const Step& step : kSteps) {
        QString where = everything ? QStringLiteral("1") : scopedCondition(step.where, rootTable, roots, ids);
        auto query = storage::runQuery(
            m_db, QStringLiteral("SELECT rowid FROM %1 WHERE %2 ORDER BY rowid").arg(QLatin1String(step.table), where));
        if (!query.ok())
            return query.error();
        QList<qint64>& list = ids[QString::fromLatin1(step.table)];
        while (query->next())
            list << query->value(0).toLongLong();
    }
    return ids;
}

Result<QString> RecordCatalog::uidOf(const QString& table, qint64 id)
{
    if (const TableInfo* info = this->table(table); info && !info->hasUid)
        return syntheticUid(m_vaultUid, table, id);
    auto& cache = m_uidCache[table];
    if (auto it = cache.constFind(id); it != cache.constEnd())
        return it.value();
    auto uid = storage::querySingleValue(m_db, QStringLiteral("SELECT uid FROM %1 WHERE id = ?").arg(table), {id});
    if (!uid.ok())
        return uid.error();
    if (uid->isNull())
        return makeError(ErrorCode::Damaged, Messages::tr("A %1 reference points at a missing row.").arg(table));
    cache.insert(id, uid->toString());
    return uid->toString();
}

Status RecordCatalog::prefetchUids(const TableInfo& info, const QString& rowIdList)
{
    QHash<QString, QStringList> columnsByTable;
    for (const ColumnInfo& column : info.columns) {
        const TableInfo* target = table(column.refTable);
        if (column.refTable == QLatin1String(kUserType) || (target && target->hasUid))
            columnsByTable[column.refTable] << column.name;
    }
    for (auto it = columnsByTable.cbegin(); it != columnsByTable.cend(); ++it) {
        QStringList selects;
        for (const QString& column : it.value())
            selects << QStringLiteral("SELECT %1 FROM %2 WHERE rowid IN (%3)").arg(column, info.name, rowIdList);
        auto query = storage::runQuery(
            m_db, QStringLiteral("SELECT id, uid FROM %1 WHERE id IN (%2)").arg(it.key(), selects.join(u" UNION ")));
        if (!query.ok())
            return query.error();
        auto& cache = m_uidCache[it.key()];
        while (query->next())
            cache.insert(query->value(0).toLongLong(), query->value(1).toString());
    }
    return {};
}

Result<RecordDoc> RecordCatalog::userDoc(qint64 userId)
{
    auto query =
        storage::runQuery(m_db, QStringLiteral("SELECT uid, login, display_name FROM app_user WHERE id = ?"), {userId});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Damaged, Messages::tr("A user reference points at a missing user."));
    RecordDoc doc;
    doc.type = QString::fromLatin1(kUserType);
    doc.uid = query->value(0).toString();
    doc.fields.insert(QStringLiteral("login"), query->value(1).toString());
    doc.fields.insert(QStringLiteral("display_name"), query->value(2).toString());
    return doc;
}

QStringList RecordCatalog::selectedColumns(const TableInfo& info)
{
    QStringList names;
    for (const ColumnInfo& column : info.columns)
        names << column.name;
    if (info.hasUid)
        names << QStringLiteral("uid");
    return names;
}

Result<FieldValue> RecordCatalog::fieldValue(const ColumnInfo& column, const QVariant& value, QSet<qint64>* usersSeen)
{
    if (value.isNull())
        return FieldValue{};
    if (!column.refTable.isEmpty()) {
        if (column.refTable == QLatin1String(kUserType) && usersSeen)
            usersSeen->insert(value.toLongLong());
        auto uid = uidOf(column.refTable, value.toLongLong());
        if (!uid.ok())
            return uid.error();
        return FieldValue{FieldValue::Kind::Text, uid.value()};
    }
    if (column.kind == ColumnInfo::Kind::Integer)
        return FieldValue{FieldValue::Kind::Integer, {}, value.toLongLong()};
    if (column.kind == ColumnInfo::Kind::Blob)
        return FieldValue{FieldValue::Kind::Text, QString::fromLatin1(value.toByteArray().toHex())};
    return FieldValue{FieldValue::Kind::Text, value.toString()};
}

QString RecordCatalog::uidOfRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query, int first) const
{
    return info.hasUid ? query.value(first + static_cast<int>(info.columns.size())).toString()
                       : syntheticUid(m_vaultUid, info.name, rowId);
}

Result<RecordDoc> RecordCatalog::docFromRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query, int first,
                                            QSet<qint64>* usersSeen)
{
    RecordDoc doc;
    doc.type = info.name;
    doc.uid = uidOfRow(info, rowId, query, first);
    for (int i = 0; i < info.columns.size(); ++i) {
        auto value = fieldValue(info.columns.at(i), query.value(first + i), usersSeen);
        if (!value.ok())
            return value.error();
        const QString& name = info.columns.at(i).name;
        switch (value->kind) {
        case FieldValue::Kind::Null:
            doc.fields.insert(name, QJsonValue::Null);
            break;
        case FieldValue::Kind::Integer:
            doc.fields.insert(name, value->integer);
            break;
        case FieldValue::Kind::Text:
            doc.fields.insert(name, value->text);
            break;
        }
    }
    return doc;
}

Result<EncodedRecord> RecordCatalog::encodedFromRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query,
                                                    int first, QSet<qint64>* usersSeen)
{
    // The bytes of RecordDoc::canonical() without the document: the fields in the order QJsonObject keeps them.
    constexpr qint64 kExactInteger = 1LL << 53;
    EncodedRecord record{uidOfRow(info, rowId, query, first), {}};
    QByteArray& out = record.bytes;
    out.reserve(512);
    out.append("{\"fields\":{", 11);
    for (int i : info.keyOrder) {
        auto value = fieldValue(info.columns.at(i), query.value(first + i), usersSeen);
        if (!value.ok())
            return value.error();
        if (out.size() > 11)
            out.append(',');
        compactjson::appendString(out, info.columns.at(i).name);
        out.append(':');
        switch (value->kind) {
        case FieldValue::Kind::Null:
            out.append("null", 4);
            break;
        case FieldValue::Kind::Integer:
            if (value->integer > -kExactInteger && value->integer < kExactInteger)
                out.append(QByteArray::number(value->integer));
            else
                compactjson::appendValue(out, QJsonValue(value->integer));
            break;
        case FieldValue::Kind::Text:
            compactjson::appendString(out, value->text);
            break;
        }
    }
    out.append("},\"type\":", 9);
    compactjson::appendString(out, info.name);
    out.append(",\"uid\":", 7);
    compactjson::appendString(out, record.uid);
    out.append('}');
    return record;
}

Result<RecordDoc> RecordCatalog::docForRow(const QString& type, qint64 rowId, QSet<qint64>* usersSeen)
{
    const TableInfo* info = table(type);
    if (!info)
        return makeError(ErrorCode::Failed, QStringLiteral("archive catalog: unknown type %1").arg(type));
    auto query = storage::runQuery(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(selectedColumns(*info).join(u','), type),
        {rowId});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("archive catalog: row %1 of %2 vanished").arg(rowId).arg(type));
    return docFromRow(*info, rowId, query.value(), 0, usersSeen);
}

template <typename Record>
Result<QList<Record>> RecordCatalog::rowsInBatches(const QString& type, const QList<qint64>& rowIds,
                                                   QSet<qint64>* usersSeen, FromRow<Record> fromRow)
{
    const TableInfo* info = table(type);
    if (!info)
        return makeError(ErrorCode::Failed, QStringLiteral("archive catalog: unknown type %1").arg(type));
    const QString columns = selectedColumns(*info).join(u',');
    QList<Record> records;
    records.reserve(rowIds.size());
    for (qsizetype start = 0; start < rowIds.size(); start += kRowBatch) {
        const QList<qint64> batch = rowIds.mid(start, kRowBatch);
        QVariantList values;
        for (qint64 id : batch)
            values << id;
        QStringList marks(batch.size(), QStringLiteral("?"));
        QF_TRY(prefetchUids(*info, idList(batch)));
        auto query = storage::runQuery(
            m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid IN (%3)").arg(columns, type, marks.join(u',')),
            values);
        if (!query.ok())
            return query.error();
        QHash<qint64, Record> found;
        while (query->next()) {
            const qint64 rowId = query->value(0).toLongLong();
            auto record = (this->*fromRow)(*info, rowId, query.value(), 1, usersSeen);
            if (!record.ok())
                return record.error();
            found.insert(rowId, std::move(record.value()));
        }
        for (qint64 id : batch) {
            auto it = found.find(id);
            if (it == found.end())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("archive catalog: row %1 of %2 vanished").arg(id).arg(type));
            records << std::move(it.value());
        }
    }
    return records;
}

Result<QList<RecordDoc>> RecordCatalog::docsForRows(const QString& type, const QList<qint64>& rowIds,
                                                    QSet<qint64>* usersSeen)
{
    return rowsInBatches<RecordDoc>(type, rowIds, usersSeen, &RecordCatalog::docFromRow);
}

Result<QList<EncodedRecord>> RecordCatalog::encodedRows(const QString& type, const QList<qint64>& rowIds,
                                                        QSet<qint64>* usersSeen)
{
    return rowsInBatches<EncodedRecord>(type, rowIds, usersSeen, &RecordCatalog::encodedFromRow);
}

Result<RecordDoc> RecordCatalog::parseDoc(const QByteArray& bytes, const ManifestEntry& entry)
{
    if (bytes.size() > format::kMaxRecordBytes)
        return invalidRecord(entry.type, entry.uid, Messages::tr("it is too large"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidRecord(entry.type, entry.uid,
                             Messages::tr("it is not well-formed JSON (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.size() != 3 || !root.value(QStringLiteral("fields")).isObject())
        return invalidRecord(entry.type, entry.uid, Messages::tr("it does not have exactly type, uid and fields"));
    RecordDoc doc;
    doc.type = root.value(QStringLiteral("type")).toString();
    doc.uid = root.value(QStringLiteral("uid")).toString();
    doc.fields = root.value(QStringLiteral("fields")).toObject();
    if (doc.type != entry.type || doc.uid != entry.uid)
        return makeError(
            ErrorCode::VerificationFailed,
            Messages::tr("Record %1 in the archive does not carry the type and uid its manifest entry names.")
                .arg(entry.uid));
    if (doc.fields.size() > format::kMaxFields)
        return invalidRecord(entry.type, entry.uid, Messages::tr("it has too many fields"));
    for (auto it = doc.fields.constBegin(); it != doc.fields.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (it.key().size() > 64)
            return invalidRecord(entry.type, entry.uid, Messages::tr("a field name is too long"));
        if (value.isString()) {
            if (value.toString().size() > format::kMaxFieldChars)
                return invalidRecord(entry.type, entry.uid, Messages::tr("the field %1 is too long").arg(it.key()));
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            if (number != double(value.toInteger()) || number > double(kMaxJsonInteger) ||
                number < -double(kMaxJsonInteger))
                return invalidRecord(entry.type, entry.uid,
                                     Messages::tr("the field %1 is not a whole number in range").arg(it.key()));
        } else if (!value.isNull()) {
            return invalidRecord(entry.type, entry.uid,
                                 Messages::tr("the field %1 has a value of the wrong kind").arg(it.key()));
        }
    }
    return doc;
}

Status RecordCatalog::validate(const RecordDoc& doc) const
{
    if (doc.type == QLatin1String(kUserType)) {
        if (doc.fields.size() != 2 || !doc.fields.value(QStringLiteral("login")).isString() ||
            !doc.fields.value(QStringLiteral("display_name")).isString())
            return invalidRecord(doc.type, doc.uid, Messages::tr("a user needs exactly a login and a display name"));
        const QString login = doc.fields.value(QStringLiteral("login")).toString();
        if (login.isEmpty() || login.size() > 64 ||
            doc.fields.value(QStringLiteral("display_name")).toString().size() > 200)
            return invalidRecord(doc.type, doc.uid, Messages::tr("the user's login or name has an impossible length"));
        return {};
    }
    const TableInfo* info = table(doc.type);
    if (!info)
        return invalidRecord(doc.type, doc.uid, Messages::tr("this vault has no record type of that name"));
    if (doc.fields.size() != info->columns.size())
        return invalidRecord(
            doc.type, doc.uid,
            Messages::tr("it has %1 fields; %2 expected").arg(doc.fields.size()).arg(info->columns.size()));
    for (const ColumnInfo& column : info->columns) {
        if (!doc.fields.contains(column.name))
            return invalidRecord(doc.type, doc.uid, Messages::tr("the field %1 is missing").arg(column.name));
        const QJsonValue value = doc.fields.value(column.name);
        if (value.isNull()) {
            if (column.notNull)
                return invalidRecord(doc.type, doc.uid, Messages::tr("the field %1 may not be empty").arg(column.name));
            continue;
        }
        bool right = false;
        if (!column.refTable.isEmpty())
            right = value.isString() && !value.toString().isEmpty() && value.toString().size() <= 80;
        else if (column.kind == ColumnInfo::Kind::Integer)
            right = value.isDouble();
        else if (column.kind == ColumnInfo::Kind::Blob)
            right = value.isString() && value.toString().size() <= 128 &&
                    QByteArray::fromHex(value.toString().toLatin1()).toHex() == value.toString().toLatin1();
        else
            right = value.isString();
        if (!right)
            return invalidRecord(doc.type, doc.uid,
                                 Messages::tr("the field %1 has a value of the wrong kind").arg(column.name));
    }
    return {};
}

} // namespace qf::archive
