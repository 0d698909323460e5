#include "sanctions/SanctionDocuments.h"

#include "documents/DocumentLayout.h"
#include "sanctions/SanctionService.h"

#include <QCoreApplication>

namespace qf::sanctions {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::sanctions::SanctionDocuments", text);
}

// The sanction as the documents name it: 留党察看一年 / 二年 for probation, the plain term otherwise.
QString printedName(const SanctionRecord& record)
{
    if (record.kind == SanctionKind::PartyProbation)
        return sanctionTerm(record.kind) +
               (record.probationYears == 2 ? QStringLiteral("二年") : QStringLiteral("一年"));
    return sanctionTerm(record.kind);
}

} // namespace

struct SanctionDocuments::Loaded
{
    SanctionRecord record;
    QList<ExecutionStep> steps; // of this version
    documents::Fields fields;
};

Result<SanctionDocuments::Loaded> SanctionDocuments::load(const QString& sanctionUid)
{
    SanctionService service(m_session);
    auto record = service.sanction(sanctionUid);
    if (!record.ok())
        return record.error();
    auto steps = service.executionOf(record->caseUid);
    if (!steps.ok())
        return steps.error();
    Loaded loaded{record.value(), {}, {}};
    for (const ExecutionStep& step : steps.value())
        if (step.sanctionUid == sanctionUid)
            loaded.steps << step;
    const SanctionRecord& r = loaded.record;
    const QString name = printedName(r);
    documents::Fields& f = loaded.fields;
    f.insert(QStringLiteral("subject_name"), r.personName);
    f.insert(QStringLiteral("subject_unit"), r.personUnit);
    f.insert(QStringLiteral("subject_position"), r.personPosition);
    f.insert(QStringLiteral("sanction_name"), name);
    f.insert(QStringLiteral("sanction_title"),
             categoryOf(r.kind) == SanctionCategory::Organizational ? name : name + QStringLiteral("处分"));
    f.insert(QStringLiteral("decision_number"), r.decisionNumber);
    f.insert(QStringLiteral("decision_grounds"), r.reason);
    f.insert(QStringLiteral("effective_date"), documents::chineseDate(r.effectiveOn));
    f.insert(QStringLiteral("executing_unit"), r.executingUnit);
    if (r.kind == SanctionKind::PartyProbation)
        f.insert(QStringLiteral("probation_note"), QStringLiteral("留党察看期间，没有表决权、选举权和被选举权。"));
    if (r.promotionMonths > 0)
        f.insert(QStringLiteral("promotion_note"),
                 QStringLiteral("自生效之日起%1个月内，不得晋升职务、职级和级别。").arg(r.promotionMonths));
    return loaded;
}

Result<cases::CaseLetter> SanctionDocuments::decision(const QString& sanctionUid)
{
    auto loaded = load(sanctionUid);
    if (!loaded.ok())
        return loaded.error();
    if (loaded->record.revoked)
        return makeError(ErrorCode::Invalid, tr("This sanction was revoked on appeal; there is no decision to print."));
    return cases::CaseLetter{QStringLiteral("sanction_decision"), loaded->record.caseUid, loaded->fields,
                             loaded->record.decisionNumber, sanctionUid};
}

Result<cases::CaseLetter> SanctionDocuments::executionFeedback(const QString& sanctionUid)
{
    auto loaded = load(sanctionUid);
    if (!loaded.ok())
        return loaded.error();
    documents::Fields fields = loaded->fields;
    QStringList feedback;
    for (ExecutionStepKind kind :
         {ExecutionStepKind::Announcement, ExecutionStepKind::JobPayChange, ExecutionStepKind::ExecutionReport}) {
        const QString key = executionStepKey(kind);
        QString status = QStringLiteral("不适用");
        QString due;
        for (const ExecutionStep& step : loaded->steps) {
            if (step.kind != kind)
                continue;
            due = documents::chineseDate(step.dueOn);
            status = step.doneOn.isValid() ? QStringLiteral("已于%1完成").arg(documents::chineseDate(step.doneOn))
                                           : QStringLiteral("尚未完成");
            if (!step.feedback.isEmpty())
                feedback << executionStepTerm(kind) + QStringLiteral("：") + step.feedback;
        }
        fields.insert(key + QStringLiteral("_status"), status);
        fields.insert(key + QStringLiteral("_due"), due);
    }
    fields.insert(QStringLiteral("execution_feedback"), feedback.join(QStringLiteral("；")));
    return cases::CaseLetter{QStringLiteral("execution_feedback"), loaded->record.caseUid, fields, {}, sanctionUid};
}

Result<cases::CaseLetter> SanctionDocuments::executionReminder(const QString& sanctionUid, const QDate& asOf,
                                                               const QDate& replyDue)
{
    if (!asOf.isValid() || !replyDue.isValid() || replyDue < asOf)
        return makeError(ErrorCode::Invalid, tr("The reply deadline must not be before the date of the reminder."));
    auto loaded = load(sanctionUid);
    if (!loaded.ok())
        return loaded.error();
    QStringList pending;
    for (const ExecutionStep& step : loaded->steps)
        if (!step.doneOn.isValid() && step.dueOn <= asOf.addDays(kReminderWindowDays))
            pending << QStringLiteral("%1（应于%2前完成%3）")
                           .arg(executionStepTerm(step.kind), documents::chineseDate(step.dueOn),
                                step.dueOn < asOf ? QStringLiteral("，已逾期") : QString());
    if (!loaded->record.current || loaded->record.revoked || pending.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Nothing of this decision's execution is overdue or due soon."));
    documents::Fields fields = loaded->fields;
    fields.insert(QStringLiteral("pending_steps"), pending.join(QStringLiteral("；")));
    fields.insert(QStringLiteral("today"), documents::chineseDate(asOf));
    fields.insert(QStringLiteral("reply_due"), documents::chineseDate(replyDue));
    return cases::CaseLetter{QStringLiteral("execution_reminder"), loaded->record.caseUid, fields, {}, sanctionUid};
}

} // namespace qf::sanctions
