#include "documents/DocumentService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "documents/CopyLog.h"
#include "documents/GbtRenderer.h"
#include "documents/NumberingRegistry.h"
#include "documents/PropertyDocumentLinks.h"
#include "documents/RecordBinder.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QUuid>

namespace qf::documents {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents::DocumentService", text);
}

QString encode(const BoundRecord& bound)
{
    QJsonObject fields;
    for (auto it = bound.fields.cbegin(); it != bound.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    QJsonArray rows;
    for (const QStringList& row : bound.listRows)
        rows.append(QJsonArray::fromStringList(row));
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("rows"), rows}})
            .toJson(QJsonDocument::Compact));
}

BoundRecord decode(const QString& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    BoundRecord bound;
    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        bound.fields.insert(it.key(), it.value().toString());
    for (const QJsonValue& row : root.value(QStringLiteral("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        bound.listRows << cells;
    }
    return bound;
}

// The record a document belongs to, as a permission target.
Result<access::AccessTarget> targetOf(const QSqlDatabase& db, const QString& type, const QString& uid)
{
    if (type == QLatin1String("lead")) {
        auto lead = leads::LeadRepository(db).findByUid(uid);
        if (!lead.ok())
            return lead.error();
        return leads::leadTarget(lead.value());
    }
    auto c = cases::CaseRepository(db).findByUid(uid);
    if (!c.ok())
        return c.error();
    return cases::caseTarget(c.value());
}

constexpr auto kColumns = "uid, template_id, target_type, target_uid, version, status, number, created_at";

DocumentInfo infoFrom(const QSqlQuery& query)
{
    DocumentInfo info;
    info.uid = query.value(0).toString();
    info.templateId = query.value(1).toString();
    info.targetType = query.value(2).toString();
    info.targetUid = query.value(3).toString();
    info.version = query.value(4).toInt();
    info.status = query.value(5).toString();
    info.number = query.value(6).toString();
    info.createdAt = query.value(7).toString();
    auto tmpl = TemplateCatalog::find(info.templateId);
    info.title = tmpl.ok() ? tmpl->titleZh : info.templateId;
    return info;
}

} // namespace

Result<DocumentService::Loaded> DocumentService::loadWithTemplate(const QString& documentUid)
{
    auto info = load(documentUid);
    if (!info.ok())
        return info.error();
    auto tmpl = TemplateCatalog::find(info->templateId);
    if (!tmpl.ok())
        return tmpl.error();
    auto target = targetOf(m_session.database(), info->targetType, info->targetUid);
    if (!target.ok())
        return target.error();
    return Loaded{info.value(), tmpl.value(), target.value()};
}

DocumentLayout DocumentService::layoutOf(const Template& tmpl, const Fields& fields, const QList<QStringList>& rows,
                                         const QString& number)
{
    DocumentLayout layout;
    layout.kind = tmpl.layout;
    layout.organMark = fields.value(QStringLiteral("organ"));
    layout.docNumber = number;
    layout.title = fillPlaceholders(tmpl.heading, fields);
    layout.addressee = fillPlaceholders(tmpl.addressee, fields);
    if (!tmpl.intro.isEmpty())
        layout.body << Paragraph{fillPlaceholders(tmpl.intro, fields), 0, false, false};
    if (!tmpl.grid.isEmpty()) {
        Table grid;
        grid.showHeader = false;
        grid.columns = {{QString(), 1.0}, {QString(), 2.0}, {QString(), 1.0}, {QString(), 2.0}};
        grid.labelColumns = {0, 2};
        for (const QStringList& row : tmpl.grid) {
            QStringList cells;
            for (const QString& cell : row)
                cells << fillPlaceholders(cell, fields);
            grid.rows << cells;
        }
        layout.body << grid;
    }
    for (const QString& paragraph : tmpl.paragraphs) {
        int level = 0;
        QString text = paragraph;
        if (text.size() > 3 && text.at(0) == u'h' && text.at(2) == u':') {
            level = text.at(1).digitValue();
            text = text.mid(3);
        }
        // A bound value of several lines (a record's questions and answers, the facts found) gives one paragraph
        // per line.
        for (const QString& line : fillPlaceholders(text, fields).split(u'\n', Qt::SkipEmptyParts))
            layout.body << Paragraph{line.trimmed(), level, true, false};
    }
    if (!tmpl.listColumns.isEmpty()) {
        Table list;
        for (const ListColumn& column : tmpl.listColumns)
            list.columns << TableColumn{column.header, column.weight};
        list.rows = rows;
        layout.body << list;
    }
    if (!tmpl.footer.isEmpty())
        layout.body << Paragraph{fillPlaceholders(tmpl.footer, fields), 0, false, false};
    for (const QString& closing : tmpl.pageClosing)
        layout.pageClosing << fillPlaceholders(closing, fields);
    layout.continuationTitle = fillPlaceholders(tmpl.continuationTitle, fields);
    if (tmpl.signature)
        layout.signature = SignatureBlock{fields.value(QStringLiteral("organ")), QDate::currentDate()};
    if (!tmpl.copiesTo.isEmpty())
        layout.endBlock = EndBlock{tmpl.copiesTo, fields.value(QStringLiteral("organ")), QDate::currentDate()};
    return layout;
}

Result<BoundRecord> DocumentService::frozenFields(const QString& documentUid)
{
    auto fields = storage::querySingleValue(
        m_session.database(), QStringLiteral("SELECT fields_json FROM document WHERE uid = ?"), {documentUid});
    if (!fields.ok())
        return fields.error();
    return decode(fields->toString());
}

Result<DocumentInfo> DocumentService::load(const QString& documentUid)
{
    auto row = storage::runQuery(m_session.database(),
                                 QStringLiteral("SELECT %1 FROM document WHERE uid = ?").arg(QLatin1String(kColumns)),
                                 {documentUid});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("There is no such document."));
    return infoFrom(row.value());
}

Result<DocumentInfo> DocumentService::create(const QString& templateId, const QString& recordUid,
                                             const QString& itemUid)
{
    auto tmpl = TemplateCatalog::find(templateId);
    if (!tmpl.ok())
        return tmpl.error();
    auto target = targetOf(m_session.database(), tmpl->record, recordUid);
    if (!target.ok())
        return target.error();
    auto bound = bindRecord(m_session, tmpl.value(), recordUid, false, itemUid);
    if (!bound.ok())
        return bound.error();
    return access::mutate(
        m_session, Permission::PrintDocuments, target.value(),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<DocumentInfo> {
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO document (uid, template_id, target_type, target_uid, "
                                                   "fields_json, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {uid, templateId, tmpl->record, recordUid, encode(bound.value()),
                                     m_session.user().id, audit::nowUtcIso()}));
            QF_TRY(PropertyDocumentLinks(db).recordCoverage(uid, bound->coveredItems));
            note = {QStringLiteral("document.create"), QStringLiteral("document"), uid,
                    tr("%1 drafted for %2 %3").arg(tmpl->titleZh, tmpl->record, recordUid)};
            DocumentInfo info;
            info.uid = uid;
            info.templateId = templateId;
            info.title = tmpl->titleZh;
            info.targetType = tmpl->record;
            info.targetUid = recordUid;
            info.status = QStringLiteral("draft");
            return info;
        });
}

Status DocumentService::approve(const QString& documentUid)
{
    auto loaded = loadWithTemplate(documentUid);
    if (!loaded.ok())
        return loaded.error();
    const DocumentInfo* info = &loaded->info;
    const Template* tmpl = &loaded->tmpl;
    const access::AccessTarget& target = loaded->target;
    if (info->status != QLatin1String("draft"))
        return makeError(ErrorCode::Invalid,
                         tr("Only a draft can be approved; this document is %1.").arg(info->status));
    return access::mutate(
        m_session, Permission::ApproveSteps, target, [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            QString number;
            if (!tmpl->sequence.isEmpty()) {
                storage::SettingsRepository settings(db);
                const QString key = QStringLiteral("numbering.pattern.") + tmpl->sequence;
                auto pattern = settings.value(key);
                if (!pattern.ok())
                    return pattern.error();
                if (pattern->isEmpty())
                    QF_TRY(settings.setValue(key, tmpl->numberPattern));
                auto issued = NumberingRegistry(db).issue(tmpl->sequence, QDate::currentDate().year(),
                                                          QStringLiteral("document"), documentUid, m_session.login());
                if (!issued.ok())
                    return issued.error();
                number = issued->text;
            }
            QF_TRY(
                storage::execute(db,
                                 QStringLiteral("UPDATE document SET number = ?, status = 'approved', approved_by = ?, "
                                                "approved_at = ? WHERE uid = ? AND status = 'draft'"),
                                 {number, m_session.user().id, audit::nowUtcIso(), documentUid}));
            note = {QStringLiteral("document.approve"), QStringLiteral("document"), documentUid,
                    tr("%1 approved as %2").arg(tmpl->titleZh, number.isEmpty() ? tr("(no number)") : number)};
            return {};
        });
}

Result<DocumentInfo> DocumentService::newVersion(const QString& documentUid)
{
    auto loaded = loadWithTemplate(documentUid);
    if (!loaded.ok())
        return loaded.error();
    const DocumentInfo* info = &loaded->info;
    const Template* tmpl = &loaded->tmpl;
    const access::AccessTarget& target = loaded->target;
    if (info->status == QLatin1String("draft") || info->status == QLatin1String("superseded"))
        return makeError(ErrorCode::Invalid,
                         tr("Edit the draft itself; only an approved document gets a new version."));
    auto frozen = frozenFields(documentUid);
    if (!frozen.ok())
        return frozen.error();
    auto bound = bindRecord(m_session, *tmpl, info->targetUid, false, frozen->fields.value(QStringLiteral("item_uid")));
    if (!bound.ok())
        return bound.error();
    return access::mutate(
        m_session, Permission::PrintDocuments, target,
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<DocumentInfo> {
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(
                storage::execute(db,
                                 QStringLiteral("INSERT INTO document (uid, template_id, target_type, target_uid, "
                                                "version, fields_json, created_by, created_at, supersedes) SELECT ?, "
                                                "template_id, target_type, target_uid, version + 1, ?, ?, ?, id FROM "
                                                "document WHERE uid = ?"),
                                 {uid, encode(bound.value()), m_session.user().id, audit::nowUtcIso(), documentUid}));
            QF_TRY(storage::execute(db, QStringLiteral("UPDATE document SET status = 'superseded' WHERE uid = ?"),
                                    {documentUid}));
            QF_TRY(PropertyDocumentLinks(db).recordCoverage(uid, bound->coveredItems));
            note = {QStringLiteral("document.new_version"), QStringLiteral("document"), uid,
                    tr("version %1 of %2").arg(info->version + 1).arg(tmpl->titleZh)};
            DocumentInfo next = *info;
            next.uid = uid;
            next.version = info->version + 1;
            next.status = QStringLiteral("draft");
            next.number.clear();
            return next;
        });
}

Status DocumentService::markServed(const QString& documentUid, const QDate& servedOn, const QString& recipient)
{
    if (!servedOn.isValid() || servedOn > QDate::currentDate() || recipient.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record who received the document and when (not in the future)."));
    auto info = load(documentUid);
    if (!info.ok())
        return info.error();
    auto target = targetOf(m_session.database(), info->targetType, info->targetUid);
    if (!target.ok())
        return target.error();
    return access::mutate(
        m_session, Permission::PrintDocuments, target.value(),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            auto changed =
                storage::execute(db,
                                 QStringLiteral("UPDATE document SET status = 'served', served_on = ?, served_to = ? "
                                                "WHERE uid = ? AND status IN ('approved', 'printed')"),
                                 {servedOn.toString(Qt::ISODate), recipient.trimmed(), documentUid});
            if (!changed.ok())
                return changed.error();
            if (changed.value() == 0)
                return makeError(ErrorCode::Invalid, tr("Only an approved document can be served."));
            note = {QStringLiteral("document.serve"), QStringLiteral("document"), documentUid, recipient.trimmed()};
            return {};
        });
}

Result<QList<DocumentInfo>> DocumentService::documentsOf(const QString& recordUid)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    auto rows = storage::runQuery(
        m_session.database(),
        QStringLiteral("SELECT %1 FROM document WHERE target_uid = ? ORDER BY id").arg(QLatin1String(kColumns)),
        {recordUid});
    if (!rows.ok())
        return rows.error();
    QList<DocumentInfo> documents;
    while (rows->next())
        documents << infoFrom(rows.value());
    return documents;
}

Result<QList<PrintLogEntry>> DocumentService::printLog(const QString& documentUid)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    auto rows =
        storage::runQuery(m_session.database(),
                          QStringLiteral("SELECT p.copy_number, p.recipient, u.login, p.printed_at, "
                                         "p.include_identities, p.output FROM print_log p JOIN document d ON d.id "
                                         "= p.document_id JOIN app_user u ON u.id = p.printed_by WHERE d.uid = ? "
                                         "ORDER BY p.copy_number"),
                          {documentUid});
    if (!rows.ok())
        return rows.error();
    QList<PrintLogEntry> entries;
    while (rows->next())
        entries << PrintLogEntry{rows->value(0).toInt(),    rows->value(1).toString(),   rows->value(2).toString(),
                                 rows->value(3).toString(), rows->value(4).toInt() == 1, rows->value(5).toString()};
    return entries;
}

Result<DocumentLayout> DocumentService::preview(const QString& documentUid)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    auto info = load(documentUid);
    if (!info.ok())
        return info.error();
    auto tmpl = TemplateCatalog::find(info->templateId);
    if (!tmpl.ok())
        return tmpl.error();
    auto bound = frozenFields(documentUid);
    if (!bound.ok())
        return bound.error();
    return layoutOf(tmpl.value(), bound->fields, bound->listRows, info->number);
}

Result<int> DocumentService::print(const QString& documentUid, const PrintRequest& request, QPagedPaintDevice& device,
                                   bool toPdf)
{
    auto copies = logCopies(documentUid, request, toPdf);
    if (!copies.ok())
        return copies.error();
    return GbtRenderer::render(copies.value(), device);
}

Result<QList<DocumentLayout>> DocumentService::logCopies(const QString& documentUid, const PrintRequest& request,
                                                         bool toPdf)
{
    if (request.copies < 1 || request.copies > 200)
        return makeError(ErrorCode::Invalid, tr("Print 1 to 200 copies at a time."));
    auto loaded = loadWithTemplate(documentUid);
    if (!loaded.ok())
        return loaded.error();
    const DocumentInfo* info = &loaded->info;
    const Template* tmpl = &loaded->tmpl;
    const access::AccessTarget& target = loaded->target;
    if (info->status != QLatin1String("approved") && info->status != QLatin1String("printed") &&
        info->status != QLatin1String("served"))
        return makeError(ErrorCode::Invalid, tr("Only an approved document is printed; approve the draft first."));
    auto layout = preview(documentUid);
    if (!layout.ok())
        return layout.error();
    if (request.includeIdentities) {
        // Identities are bound afresh, under the printer's own grant, and only for this print.
        auto stored = frozenFields(documentUid);
        if (!stored.ok())
            return stored.error();
        BoundRecord frozen = stored.value();
        auto revealed =
            bindRecord(m_session, *tmpl, info->targetUid, true, frozen.fields.value(QStringLiteral("item_uid")));
        if (!revealed.ok())
            return revealed.error();
        for (const QString& key : {QStringLiteral("reporter_name"), QStringLiteral("reporter_phone")})
            frozen.fields.insert(key, revealed->fields.value(key));
        layout = layoutOf(*tmpl, frozen.fields, frozen.listRows, info->number);
    }
    QList<DocumentLayout> copies;
    auto logged = access::mutate(
        m_session, Permission::PrintDocuments, target, [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            auto last =
                storage::querySingleValue(db,
                                          QStringLiteral("SELECT coalesce(max(p.copy_number), 0) FROM print_log p "
                                                         "JOIN document d ON d.id = p.document_id WHERE d.uid = ?"),
                                          {documentUid});
            if (!last.ok())
                return last.error();
            const QString at = audit::nowUtcIso();
            for (int i = 1; i <= request.copies; ++i) {
                const LoggedCopy copy{last->toInt() + i, at};
                QF_TRY(storage::execute(
                    db,
                    QStringLiteral("INSERT INTO print_log (document_id, copy_number, recipient, "
                                   "printed_by, printed_at, include_identities, output) SELECT id, ?, "
                                   "?, ?, ?, ?, ? FROM document WHERE uid = ?"),
                    {copy.number, request.recipient, m_session.user().id, at, request.includeIdentities ? 1 : 0,
                     copyOutputKey(toPdf ? CopyOutput::Pdf : CopyOutput::Printer), documentUid}));
                DocumentLayout copyLayout = layout.value();
                stampCopy(copyLayout, copy, m_session.login());
                copies << copyLayout;
            }
            QF_TRY(storage::execute(db,
                                    QStringLiteral("UPDATE document SET status = 'printed' WHERE uid = ? AND status = "
                                                   "'approved'"),
                                    {documentUid}));
            note = {QStringLiteral("document.print"), QStringLiteral("document"), documentUid,
                    tr("%1 %2: copies %3 to %4 for %5%6")
                        .arg(tmpl->titleZh, info->number)
                        .arg(last->toInt() + 1)
                        .arg(last->toInt() + request.copies)
                        .arg(request.recipient.isEmpty() ? tr("(no recipient)") : request.recipient)
                        .arg(request.includeIdentities ? tr(", identities included") : QString())};
            return {};
        });
    if (!logged.ok())
        return logged.error();
    return copies;
}

Result<int> DocumentService::printToPdf(const QString& documentUid, const PrintRequest& request, const QString& path)
{
    QPdfWriter writer(path);
    GbtRenderer::preparePdfWriter(writer, documentUid);
    return print(documentUid, request, writer, true);
}

} // namespace qf::documents
