#include "documents/RecordBinder.h"

#include "cases/CaseRepository.h"
#include "documents/CaseBindings.h"
#include "evidence/EvidenceService.h"
#include "intake/IdentityService.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents::RecordBinder", text);
}

QString categoryLabel(const QSqlDatabase& db, const QString& kind, const QString& code)
{
    auto label = storage::querySingleValue(db, QStringLiteral("SELECT label FROM category WHERE kind = ? AND code = ?"),
                                           {kind, code});
    return label.ok() && !label->isNull() ? label->toString() : code;
}

QString confidentialityLabel(access::ConfidentialityLevel level)
{
    switch (level) {
    case access::ConfidentialityLevel::Internal:
        return QStringLiteral("内部");
    case access::ConfidentialityLevel::Secret:
        return QStringLiteral("秘密");
    case access::ConfidentialityLevel::Confidential:
        return QStringLiteral("机密");
    case access::ConfidentialityLevel::TopSecret:
        return QStringLiteral("绝密");
    }
    return {};
}

void bindLead(const QSqlDatabase& db, const leads::Lead& lead, Fields& fields)
{
    fields.insert(QStringLiteral("lead_number"), lead.number);
    fields.insert(QStringLiteral("lead_source"), categoryLabel(db, QStringLiteral("lead_source"), lead.source));
    fields.insert(QStringLiteral("lead_summary"), lead.summary);
    fields.insert(QStringLiteral("confidentiality"), confidentialityLabel(lead.confidentiality));
    fields.insert(QStringLiteral("received_date"),
                  chineseDate(QDate::fromString(lead.createdAt.left(10), Qt::ISODate)));
    if (lead.disposition)
        fields.insert(QStringLiteral("lead_disposition"), leads::dispositionTerm(*lead.disposition));
    if (!lead.subjects.isEmpty()) {
        const people::Person& subject = lead.subjects.first();
        fields.insert(QStringLiteral("subject_name"), subject.name);
        fields.insert(QStringLiteral("subject_unit"), subject.unit);
        fields.insert(QStringLiteral("subject_position"), subject.position);
        fields.insert(QStringLiteral("subject_id_number"), subject.idNumber);
        fields.insert(QStringLiteral("subject_cadre_level"),
                      categoryLabel(db, QStringLiteral("cadre_level"), subject.cadreLevel));
    }
}

// The reporter of the lead's first report: masked, or revealed under the session's grant when asked for.
Status bindReporter(access::Session& session, const leads::Lead& lead, bool includeIdentities, Fields& fields)
{
    if (lead.reportUids.isEmpty())
        return {};
    intake::IdentityService identities(session);
    auto listed = identities.identitiesOfReport(lead.reportUids.first());
    if (!listed.ok() || listed->isEmpty())
        return {}; // a role without sight of reports prints the form without the reporter
    intake::ProtectedIdentity reporter = listed->first();
    if (includeIdentities) {
        auto revealed = identities.reveal(reporter.uid);
        if (!revealed.ok())
            return revealed.error();
        reporter = revealed.value();
    }
    fields.insert(QStringLiteral("reporter_name"), reporter.name);
    fields.insert(QStringLiteral("reporter_phone"), reporter.phone);
    return {};
}

} // namespace

Result<BoundRecord> bindRecord(access::Session& session, const Template& tmpl, const QString& recordUid,
                               bool includeIdentities, const QString& itemUid)
{
    const QSqlDatabase db = session.database();
    BoundRecord bound;
    auto organ = storage::SettingsRepository(db).value(storage::settingkeys::organName);
    bound.fields.insert(QStringLiteral("organ"), organ.ok() ? organ.value() : QString());
    bound.fields.insert(QStringLiteral("today"), chineseDate(QDate::currentDate()));

    if (tmpl.record == QLatin1String("lead")) {
        auto lead = leads::LeadRepository(db).findByUid(recordUid);
        if (!lead.ok())
            return lead.error();
        QF_TRY(session.require(access::Permission::ViewLeads, leads::leadTarget(lead.value())));
        bindLead(db, lead.value(), bound.fields);
        QF_TRY(bindReporter(session, lead.value(), includeIdentities, bound.fields));
    } else {
        auto c = cases::CaseRepository(db).findByUid(recordUid);
        if (!c.ok())
            return c.error();
        QF_TRY(session.require(access::Permission::ViewCases, cases::caseTarget(c.value())));
        bound.fields.insert(QStringLiteral("case_number"), c->number);
        bound.fields.insert(QStringLiteral("case_title"), c->title);
        bound.fields.insert(QStringLiteral("case_opened"),
                            chineseDate(QDate::fromString(c->createdAt.left(10), Qt::ISODate)));
        QStringList team;
        for (const cases::TeamMember& member : c->team)
            if (member.role != cases::TeamRole::Reviewer)
                team << member.displayName;
        bound.fields.insert(QStringLiteral("team"), team.join(u'、'));
        auto lead = leads::LeadRepository(db).findByUid(c->leadUid);
        if (!lead.ok())
            return lead.error();
        bindLead(db, lead.value(), bound.fields);
        QF_TRY(bindCaseRecords(session, c.value(), bound.fields));
        QF_TRY(bindItem(session, tmpl, c.value(), itemUid, bound.fields));
        if (tmpl.listSource == QLatin1String("property")) {
            auto rows = propertyRows(session, tmpl, c.value(), bound.coveredItems);
            if (!rows.ok())
                return rows.error();
            bound.listRows = rows.value();
        } else if (tmpl.listSource == QLatin1String("materials")) {
            auto rows = materialRows(session, tmpl, c.value());
            if (!rows.ok())
                return rows.error();
            bound.listRows = rows.value();
        } else if (tmpl.listSource == QLatin1String("evidence")) {
            auto items = evidence::EvidenceService(session).evidenceOf(c->uid);
            if (!items.ok())
                return items.error();
            for (const evidence::EvidenceItem& item : items.value()) {
                Fields row{{QStringLiteral("seq"), QString::number(item.seq)},
                           {QStringLiteral("description"), item.description},
                           {QStringLiteral("kind"), item.kind},
                           {QStringLiteral("quantity"), QStringLiteral("1")},
                           {QStringLiteral("unit"), QStringLiteral("份")},
                           {QStringLiteral("original"),
                            item.attachments.isEmpty() ? QStringLiteral("原件") : QStringLiteral("复印件")},
                           {QStringLiteral("pages"), QString::number(std::max<qsizetype>(1, item.attachments.size()))},
                           {QStringLiteral("source"), item.source}};
                QStringList cells;
                for (const ListColumn& column : tmpl.listColumns)
                    cells << row.value(column.field);
                bound.listRows << cells;
            }
        }
    }
    for (const QString& name : tmpl.required)
        if (bound.fields.value(name).trimmed().isEmpty())
            return makeError(
                ErrorCode::Invalid,
                tr("Template %1 needs the field '%2', which the record does not have.").arg(tmpl.id, name));
    return bound;
}

} // namespace qf::documents
