#include "intake/ReportService.h"

#include "access/Mutation.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "leads/TransferService.h"
#include "people/IdNumber.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::intake {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::intake::ReportService", text);
}

constexpr int kMaxSummary = 20000;
constexpr int kMaxSubjects = 50;

Status validate(const ReportDraft& draft, QStringList& warnings)
{
    if (!draft.receivedDate.isValid())
        return makeError(ErrorCode::Invalid, tr("Enter the date the report was received."));
    if (draft.receivedDate > QDate::currentDate())
        return makeError(ErrorCode::Invalid,
                         tr("The received date %1 is in the future.").arg(draft.receivedDate.toString(Qt::ISODate)));
    if (draft.summary.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a summary of what the report alleges."));
    if (draft.summary.size() > kMaxSummary)
        return makeError(ErrorCode::Invalid,
                         tr("The summary is longer than 20,000 characters; attach the letter instead."));
    if (draft.subjects.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter at least one person the report is about."));
    if (draft.subjects.size() > kMaxSubjects)
        return makeError(ErrorCode::Invalid, tr("A report can name at most 50 subjects."));
    if (draft.realName && draft.reporter.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A real-name report needs the reporter's name."));
    for (const people::Person& subject : draft.subjects) {
        if (subject.name.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every subject needs a name."));
        if (!subject.idNumber.trimmed().isEmpty()) {
            const auto check = people::checkIdNumber(subject.idNumber);
            if (!check.valid)
                warnings << tr("The ID number of %1 is not valid: %2. It was stored and flagged for checking.")
                                .arg(subject.name.trimmed(), check.problem);
        }
    }
    if (!draft.reporter.idNumber.trimmed().isEmpty() && !people::checkIdNumber(draft.reporter.idNumber).valid)
        warnings << tr("The reporter's ID number is not valid. It was stored and flagged for checking.");
    return {};
}

} // namespace

Status ReportService::validateDraft(const ReportDraft& draft, QStringList& warnings)
{
    return validate(draft, warnings);
}

Result<RegistrationResult> ReportService::registerWithin(const QSqlDatabase& db, const access::Actor& actor,
                                                         const ReportDraft& draft, audit::AuditNote& note)
{
    ReportRepository reports(db);
    auto report = reports.insert(draft, actor.id);
    if (!report.ok())
        return report.error();
    if (!draft.reporter.isEmpty()) {
        auto identity = reports.insertIdentity(report->id, QStringLiteral("reporter"), draft.reporter);
        if (!identity.ok())
            return identity.error();
    }
    report->registeredBy = actor.login;
    RegistrationResult result;
    result.report = report.value();
    // The audit summary never carries the reporter's identity.
    note = {QStringLiteral("report.register"), QStringLiteral("report"), report->uid,
            tr("%1 report received %2, %3 subject(s)%4")
                .arg(channelKey(draft.channel), draft.receivedDate.toString(Qt::ISODate))
                .arg(draft.subjects.size())
                .arg(draft.realName ? tr(", real name") : tr(", anonymous"))};
    return result;
}

Result<RegistrationResult> ReportService::registerReport(const ReportDraft& draft)
{
    QStringList warnings;
    QF_TRY(validate(draft, warnings));
    auto result = access::mutate(m_session, Permission::RegisterReport, {QStringLiteral("report"), {}},
                                 [&](const QSqlDatabase& db, audit::AuditNote& note) {
                                     return registerWithin(db, m_session.actor(), draft, note);
                                 });
    if (result.ok())
        result->warnings = warnings;
    return result;
}

Result<Report> ReportService::report(const QString& uid)
{
    QF_TRY(m_session.require(Permission::ViewReports));
    return ReportRepository(m_session.database()).findByUid(uid);
}

Result<QList<Report>> ReportService::list(const ReportFilter& filter)
{
    QF_TRY(m_session.require(Permission::ViewReports));
    return ReportRepository(m_session.database()).list(filter);
}

Result<QString> ReportService::screen(const QString& reportUid, const ScreeningDecision& decision)
{
    if (decision.reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for the screening decision."));
    if (decision.outcome == Screening::Pending)
        return makeError(ErrorCode::Invalid, tr("Choose a screening outcome."));
    auto found = ReportRepository(m_session.database()).findByUid(reportUid);
    if (!found.ok())
        return found.error();
    if (found->screening != Screening::Pending)
        return makeError(ErrorCode::Invalid,
                         tr("This report was already screened (%1).").arg(screeningDisplayName(found->screening)));
    const Report report = found.value();
    if (decision.outcome == Screening::Attached) {
        auto target = leads::LeadRepository(m_session.database()).findByUid(decision.attachToLeadUid);
        if (!target.ok())
            return target.error();
        QF_TRY(m_session.require(Permission::ManageLeads, leads::leadTarget(target.value())));
    }
    return access::mutate(m_session, Permission::ManageLeads, {QStringLiteral("report"), report.uid},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) {
                              return screenWithin(db, m_session.actor(), m_session.auditTrail(), report, decision,
                                                  note);
                          });
}

Result<QString> ReportService::screenWithin(const QSqlDatabase& db, const access::Actor& actor,
                                            const audit::AuditTrail& trail, const Report& report,
                                            const ScreeningDecision& decision, audit::AuditNote& note)
{
    ReportRepository reports(db);
    leads::LeadRepository leadRepository(db);
    QString outcomeUid;
    std::optional<qint64> leadId;
    switch (decision.outcome) {
    case Screening::NewLead: {
        leads::LeadDraft draft = decision.newLead;
        draft.summary = draft.summary.isEmpty() ? report.summary : draft.summary;
        draft.subjects = report.subjects;
        if (draft.source.isEmpty())
            draft.source = QStringLiteral("report");
        if (draft.sector.isEmpty())
            draft.sector = report.sector;
        if (draft.allegation.isEmpty() && !report.allegations.isEmpty())
            draft.allegation = report.allegations.first();
        auto lead = leads::LeadService::createWithin(db, actor, draft);
        if (!lead.ok())
            return lead.error();
        QF_TRY(leadRepository.linkReport(lead->id, report.id));
        auto entry = trail.append(db, actor.login,
                                  {QStringLiteral("lead.register"), QStringLiteral("lead"), lead->uid,
                                   tr("lead %1 registered from a report").arg(lead->number)});
        if (!entry.ok())
            return entry.error();
        leadId = lead->id;
        outcomeUid = lead->uid;
        break;
    }
    case Screening::Attached: {
        auto lead = leadRepository.findByUid(decision.attachToLeadUid);
        if (!lead.ok())
            return lead.error();
        QF_TRY(leadRepository.linkReport(lead->id, report.id));
        leadId = lead->id;
        outcomeUid = lead->uid;
        break;
    }
    case Screening::Forwarded: {
        auto transfer = leads::TransferService::createWithin(
            db, std::nullopt, report.id, decision.forwardAgency, decision.forwardMaterials,
            decision.forwardSentDate.isValid() ? decision.forwardSentDate : QDate::currentDate(),
            decision.forwardFeedbackDue);
        if (!transfer.ok())
            return transfer.error();
        outcomeUid = transfer.value();
        break;
    }
    case Screening::Filed:
    case Screening::Pending:
        break;
    }
    QF_TRY(reports.setScreening(report.id, decision.outcome, decision.reason.trimmed(), actor.id, leadId));
    note = {QStringLiteral("report.screen"), QStringLiteral("report"), report.uid,
            tr("screened as %1: %2").arg(screeningKey(decision.outcome), decision.reason.trimmed())};
    return outcomeUid;
}

Result<QList<DuplicateCandidate>> ReportService::possibleDuplicates(const QList<people::Person>& subjects)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    const access::RecordVisibility visibility = m_session.visibility();
    QList<DuplicateCandidate> candidates;
    for (const people::Person& subject : subjects) {
        const QString idNumber = people::normaliseIdNumber(subject.idNumber);
        const bool byId = people::checkIdNumber(idNumber).valid;
        const QString condition =
            byId ? QStringLiteral("p.id_number = ?") : QStringLiteral("p.name = ? AND p.unit = ?");
        QVariantList values =
            byId ? QVariantList{idNumber} : QVariantList{subject.name.trimmed(), subject.unit.trimmed()};
        const QString visible = visibility.leadCondition(QStringLiteral("l"), values);
        auto query = storage::runQuery(
            m_session.database(),
            QStringLiteral("SELECT DISTINCT l.uid, l.number, p.name FROM person p JOIN lead_subject s ON s.person_id = "
                           "p.id JOIN lead l ON l.id = s.lead_id WHERE %1 AND %2 ORDER BY l.id DESC LIMIT 20")
                .arg(condition, visible),
            values);
        if (!query.ok())
            return query.error();
        while (query->next()) {
            const QString uid = query->value(0).toString();
            const bool seen = std::any_of(candidates.cbegin(), candidates.cend(),
                                          [&](const DuplicateCandidate& c) { return c.leadUid == uid; });
            if (!seen)
                candidates << DuplicateCandidate{uid, query->value(1).toString(), query->value(2).toString(),
                                                 byId ? tr("same ID number") : tr("same name and unit")};
        }
    }
    return candidates;
}

} // namespace qf::intake
