#include "cases/CoordinationService.h"
#include "cases/ReviewService.h"
#include "demo/DemoAreaSteps.h"
#include "reporting/RecommendationLetterService.h"
#include "sanctions/AssetRecoveryService.h"
#include "sanctions/SanctionService.h"
#include "storage/Sql.h"

namespace qf::demo {

namespace {

struct DemoCase
{
    QString uid;
    QString stage;
};

// The open (not secret) cases, oldest first; a reviewer outside the team may decide on them.
Result<QList<DemoCase>> demoCases(const QSqlDatabase& db)
{
    auto query = storage::runQuery(db, QStringLiteral("SELECT uid, stage FROM case_file WHERE confidentiality = 0 "
                                                      "ORDER BY id"));
    if (!query.ok())
        return query.error();
    QList<DemoCase> cases;
    while (query->next())
        cases << DemoCase{query->value(0).toString(), query->value(1).toString()};
    return cases;
}

bool isDecided(const QString& stage)
{
    return stage == QLatin1String("decision") || stage == QLatin1String("execution") ||
           stage == QLatin1String("closed") || stage == QLatin1String("archived");
}

bool isInvestigated(const QString& stage)
{
    return stage != QLatin1String("verification") && stage != QLatin1String("filed");
}

// How an awaited reply turns out, in turn: answered, overdue, answered, due in the coming days.
enum class ReplyState
{
    Answered,
    Overdue,
    DueSoon,
};

ReplyState replyState(int index)
{
    static const ReplyState cycle[] = {ReplyState::Answered, ReplyState::Overdue, ReplyState::Answered,
                                       ReplyState::DueSoon};
    return cycle[index % 4];
}

// When a letter with `days` to answer was sent, for the reply state wanted.
QDate sentFor(DemoAreaContext& context, ReplyState state, int days)
{
    if (state == ReplyState::DueSoon)
        return context.today.addDays(-days + 3);
    if (state == ReplyState::Overdue)
        return context.daysAgo(days + 10, 500);
    return context.daysAgo(days + 5, 700);
}

const sanctions::SanctionKind kKinds[] = {
    sanctions::SanctionKind::PartyWarning,   sanctions::SanctionKind::PartySeriousWarning,
    sanctions::SanctionKind::AdminWarning,   sanctions::SanctionKind::Demerit,
    sanctions::SanctionKind::MajorDemerit,   sanctions::SanctionKind::Demotion,
    sanctions::SanctionKind::PartyProbation, sanctions::SanctionKind::RemovalFromPartyPost,
    sanctions::SanctionKind::Expulsion,      sanctions::SanctionKind::DismissalFromPost,
};

class CaseOutcomes
{
public:
    explicit CaseOutcomes(DemoAreaContext& context) : m_context(context) {}
    Status run();

private:
    QRandomGenerator& random() { return m_context.people.random(); }
    Status addSanction(const QString& caseUid);
    Status executeSteps(const QString& caseUid, const QString& sanctionUid);
    Status appeal(const QString& caseUid, const QString& sanctionUid, const people::Person& person,
                  const QDate& effectiveOn);
    Status addRecovery(const QString& caseUid, const QDate& effectiveOn);
    Status addTransfer(const QString& caseUid);
    Status addAssistanceRequest(const QString& caseUid);
    Status addRecommendationLetter(const QString& caseUid);

    DemoAreaContext& m_context;
    int m_transfers = 0;
    int m_requests = 0;
    int m_letters = 0;
};

Status CaseOutcomes::run()
{
    auto cases = demoCases(m_context.sessions.leadInvestigator.database());
    if (!cases.ok())
        return cases.error();
    for (const DemoCase& c : cases.value()) {
        if (isDecided(c.stage)) {
            QF_TRY(addSanction(c.uid));
            if (random().bounded(100) < 50)
                QF_TRY(addRecommendationLetter(c.uid));
        }
        if (isInvestigated(c.stage) && random().bounded(100) < 30)
            QF_TRY(addTransfer(c.uid));
        if (c.stage != QLatin1String("verification") && random().bounded(100) < 40)
            QF_TRY(addAssistanceRequest(c.uid));
    }
    return {};
}

Status CaseOutcomes::addSanction(const QString& caseUid)
{
    sanctions::SanctionService service(m_context.sessions.reviewer);
    auto subjects = service.subjectsOf(caseUid);
    if (!subjects.ok())
        return subjects.error();
    if (subjects->isEmpty())
        return {};
    const people::Person person = subjects->first();
    sanctions::SanctionTerms terms;
    terms.personUid = person.uid;
    terms.kind = kKinds[random().bounded(static_cast<quint32>(std::size(kKinds)))];
    terms.probationYears = terms.kind == sanctions::SanctionKind::PartyProbation ? 1 : 0;
    terms.effectiveOn = m_context.daysAgo(5, 720);
    terms.decisionNumber =
        QStringLiteral("清纪处〔%1〕%2号").arg(terms.effectiveOn.year()).arg(m_context.figures.sanctions + 1);
    terms.grounds = QStringLiteral("经审理查明，%1违反廉洁纪律，情节较重，依据有关规定给予处分。").arg(person.name);
    auto decided = service.decide(caseUid, terms);
    if (!decided.ok())
        return decided.error();
    ++m_context.figures.sanctions;
    m_context.sanctionedPeople << person;
    QF_TRY(executeSteps(caseUid, decided.value()));
    if (m_context.figures.sanctions % 4 == 2 && terms.effectiveOn < m_context.today.addDays(-60))
        QF_TRY(appeal(caseUid, decided.value(), person, terms.effectiveOn));
    if (random().bounded(100) < 60)
        QF_TRY(addRecovery(caseUid, terms.effectiveOn));
    return {};
}

// Steps long past due are mostly carried out, a few left overdue; recent ones are left open.
Status CaseOutcomes::executeSteps(const QString& caseUid, const QString& sanctionUid)
{
    sanctions::SanctionService reader(m_context.sessions.reviewer);
    auto steps = reader.executionOf(caseUid);
    if (!steps.ok())
        return steps.error();
    sanctions::SanctionService writer(m_context.sessions.leadInvestigator);
    for (const sanctions::ExecutionStep& step : steps.value()) {
        if (step.sanctionUid != sanctionUid || step.doneOn.isValid() || step.dueOn >= m_context.today ||
            random().bounded(100) < 25)
            continue;
        const QDate doneOn = m_context.capped(step.dueOn.addDays(-static_cast<qint64>(random().bounded(20))));
        QF_TRY(writer.recordExecution(step.uid, doneOn, QStringLiteral("已按要求执行到位，相关材料已归档。")));
        ++m_context.figures.executedSteps;
    }
    return {};
}

// Every other appeal changes the sanction to a lighter one, the rest keep it.
Status CaseOutcomes::appeal(const QString& caseUid, const QString& sanctionUid, const people::Person& person,
                            const QDate& effectiveOn)
{
    const QDate lodgedOn = effectiveOn.addDays(20);
    auto appealUid = cases::CaseReviewService(m_context.sessions.reviewer)
                         .lodgeAppeal(caseUid, person.name, QStringLiteral("认为处分偏重，请求复查。"), lodgedOn);
    if (!appealUid.ok())
        return appealUid.error();
    sanctions::Reexamination reexamination;
    reexamination.appealUid = appealUid.value();
    reexamination.sanctionUid = sanctionUid;
    const bool change = m_context.figures.appeals % 2 == 0;
    reexamination.outcome = change ? cases::AppealOutcome::Change : cases::AppealOutcome::Maintain;
    reexamination.findings = change ? QStringLiteral("经复查，原处分认定事实清楚，但处分偏重，予以变更。")
                                    : QStringLiteral("经复查，原处分事实清楚、定性准确、处理恰当，予以维持。");
    reexamination.decidedOn = m_context.capped(lodgedOn.addDays(30));
    reexamination.decisionNumber =
        QStringLiteral("清纪复〔%1〕%2号").arg(reexamination.decidedOn.year()).arg(m_context.figures.appeals + 1);
    reexamination.newKind = sanctions::SanctionKind::PartyWarning;
    auto reexamined = sanctions::SanctionService(m_context.sessions.reviewer).reexamine(reexamination);
    if (!reexamined.ok())
        return reexamined.error();
    ++m_context.figures.appeals;
    return {};
}

Status CaseOutcomes::addRecovery(const QString& caseUid, const QDate& effectiveOn)
{
    const qint64 cents = (20'000 + static_cast<qint64>(random().bounded(1'980'000U))) * 100;
    const QDate recoveredOn = m_context.capped(effectiveOn.addDays(random().bounded(90)));
    auto recorded = sanctions::AssetRecoveryService(m_context.sessions.leadInvestigator)
                        .record(caseUid, cents, QStringLiteral("CNY"), recoveredOn, QStringLiteral("收缴违纪违法所得"));
    if (!recorded.ok())
        return recorded.error();
    ++m_context.figures.recoveries;
    return {};
}

Status CaseOutcomes::addTransfer(const QString& caseUid)
{
    static const QStringList agencies{QStringLiteral("procuratorate"), QStringLiteral("police"),
                                      QStringLiteral("organization_department"), QStringLiteral("audit"),
                                      QStringLiteral("court")};
    static const QStringList names{QStringLiteral("市人民检察院"), QStringLiteral("市公安局"),
                                   QStringLiteral("市委组织部"), QStringLiteral("市审计局"),
                                   QStringLiteral("市中级人民法院")};
    const int kind = static_cast<int>(random().bounded(static_cast<quint32>(agencies.size())));
    const ReplyState state = replyState(m_transfers++);
    cases::CaseTransferDraft draft;
    draft.caseUid = caseUid;
    draft.agencyKind = agencies.at(kind);
    draft.agency = names.at(kind);
    draft.materials = {QStringLiteral("移送函"), QStringLiteral("案件调查报告"), QStringLiteral("证据材料目录")};
    draft.transferOn = sentFor(m_context, state, 60);
    draft.feedbackDue = draft.transferOn.addDays(60);
    cases::CoordinationService service(m_context.sessions.leadInvestigator);
    auto uid = service.recordTransfer(draft);
    if (!uid.ok())
        return uid.error();
    ++m_context.figures.externalTransfers;
    if (state != ReplyState::Answered)
        return {};
    return service.recordTransferFeedback(uid.value(), m_context.capped(draft.transferOn.addDays(40)),
                                          QStringLiteral("已收到移送材料，依法立案处理。"));
}

Status CaseOutcomes::addAssistanceRequest(const QString& caseUid)
{
    static const QStringList recipients{QStringLiteral("bank"), QStringLiteral("housing"), QStringLiteral("telecom"),
                                        QStringLiteral("market_regulation"), QStringLiteral("tax")};
    static const QStringList names{QStringLiteral("某银行市分行"), QStringLiteral("市不动产登记中心"),
                                   QStringLiteral("某通信公司市分公司"), QStringLiteral("市市场监督管理局"),
                                   QStringLiteral("市税务局")};
    static const QStringList asks{QStringLiteral("协助查询被调查人及其配偶名下账户交易明细"),
                                  QStringLiteral("协助查询被调查人及其亲属名下不动产登记信息"),
                                  QStringLiteral("协助调取被调查人手机号码通话记录"),
                                  QStringLiteral("协助查询相关企业工商登记及股权变更情况"),
                                  QStringLiteral("协助查询相关企业纳税申报情况")};
    const int kind = static_cast<int>(random().bounded(static_cast<quint32>(recipients.size())));
    const ReplyState state = replyState(m_requests++);
    cases::AssistanceRequestDraft draft;
    draft.caseUid = caseUid;
    draft.recipientKind = recipients.at(kind);
    draft.recipient = names.at(kind);
    draft.request = asks.at(kind);
    draft.sentOn = sentFor(m_context, state, 15);
    draft.replyDue = draft.sentOn.addDays(15);
    cases::CoordinationService service(m_context.sessions.leadInvestigator);
    auto uid = service.sendAssistanceRequest(draft);
    if (!uid.ok())
        return uid.error();
    ++m_context.figures.assistanceRequests;
    if (state != ReplyState::Answered)
        return {};
    return service.recordAssistanceReply(uid.value(), m_context.capped(draft.sentOn.addDays(10)),
                                         QStringLiteral("已按要求查询，相关材料随函附送。"));
}

Status CaseOutcomes::addRecommendationLetter(const QString& caseUid)
{
    const ReplyState state = replyState(m_letters++);
    reporting::RecommendationLetterDraft draft;
    draft.caseUid = caseUid;
    draft.problems = QStringLiteral("该单位在工程项目管理、资金审批等方面存在制度执行不严、监督缺位等问题。");
    draft.causes = QStringLiteral("主体责任落实不到位，关键岗位权力运行缺乏有效制约。");
    draft.measures = QStringLiteral("召开专题民主生活会，开展警示教育，健全完善项目审批和资金管理制度。");
    draft.issuedOn = sentFor(m_context, state, 60);
    draft.replyDue = draft.issuedOn.addDays(60);
    reporting::RecommendationLetterService service(m_context.sessions.leadInvestigator);
    auto uid = service.create(draft);
    if (!uid.ok())
        return uid.error();
    ++m_context.figures.recommendationLetters;
    if (state != ReplyState::Answered)
        return {};
    return service.recordFeedback(uid.value(), m_context.capped(draft.issuedOn.addDays(45)),
                                  QStringLiteral("已召开专题会议研究整改，修订完善相关制度三项。"));
}

} // namespace

Status addCaseOutcomes(DemoAreaContext& context)
{
    return CaseOutcomes(context).run();
}

} // namespace qf::demo
