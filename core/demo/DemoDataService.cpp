#include "demo/DemoDataService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/DeadlineService.h"
#include "cases/MeasureService.h"
#include "decisions/DecisionService.h"
#include "demo/DemoTimeline.h"
#include "demo/SyntheticPeople.h"
#include "intake/ReportService.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "leads/ReviewService.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace qf::demo {

using access::Permission;

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::demo::DemoDataService)
};

const QString kDemoFlag = QStringLiteral("demo_vault");
constexpr int kBatch = 400;

struct Behaviour
{
    const char* allegation;
    const char* sector;
    const char* text;
};

const Behaviour kBehaviours[] = {
    {"bribery", "construction", "在工程项目招投标中为特定企业提供帮助，收受对方所送现金和购物卡"},
    {"bribery", "land", "利用土地出让审批职权为开发商谋取利益，其亲属收受房产一套"},
    {"eight_rules", "state_enterprise", "多次安排公款宴请，并在私人会所接受管理服务对象宴请"},
    {"eight_rules", "grassroots", "违规使用公务用车办理私事，节假日期间驾车外出旅游"},
    {"dereliction", "health", "对辖区医疗机构违规收费问题长期不闻不问，造成群众利益受损"},
    {"appointments", "education", "在干部选拔中搞任人唯亲，违规提拔与其有亲属关系的人员"},
    {"abuse_of_power", "judiciary", "插手干预案件办理，为他人说情打招呼"},
    {"business_interests", "finance", "其配偶违规经营与其职责相关的企业，并从中获取利益"},
    {"gifts", "grassroots", "逢年过节收受下属单位负责人所送礼品礼金"},
    {"formalism", "poverty", "对扶贫项目验收走过场，虚报脱贫成效"},
    {"mass_interests", "poverty", "截留挪用扶贫专项资金和低保金"},
    {"bribery", "finance", "在贷款审批过程中收受企业好处费"},
};

struct Actors
{
    access::Actor clerk;
    access::Actor investigator;
    access::Actor approver;
    access::Actor leadInvestigator;
    access::Actor reviewer;
};

Result<Actors> findActors(const QSqlDatabase& db, const access::Actor& fallback)
{
    auto users = access::UserRepository(db).list();
    if (!users.ok())
        return users.error();
    Actors actors{fallback, fallback, fallback, fallback, fallback};
    for (const access::User& user : users.value()) {
        if (user.disabled)
            continue;
        if (user.hasRole(access::Role::Clerk) && actors.clerk.id == fallback.id)
            actors.clerk = {user.id, user.login};
        if (user.hasRole(access::Role::Investigator) && actors.investigator.id == fallback.id)
            actors.investigator = {user.id, user.login};
        if (user.hasRole(access::Role::Approver) && actors.approver.id == fallback.id)
            actors.approver = {user.id, user.login};
        if (user.hasRole(access::Role::LeadInvestigator) && actors.leadInvestigator.id == fallback.id)
            actors.leadInvestigator = {user.id, user.login};
        if (user.hasRole(access::Role::Reviewer) && actors.reviewer.id == fallback.id)
            actors.reviewer = {user.id, user.login};
    }
    return actors;
}

intake::Channel pickChannel(QRandomGenerator& random)
{
    static const intake::Channel weighted[] = {
        intake::Channel::Letter,      intake::Channel::Letter,         intake::Channel::Letter,
        intake::Channel::Online,      intake::Channel::Online,         intake::Channel::Online,
        intake::Channel::Visit,       intake::Channel::Phone,          intake::Channel::Phone,
        intake::Channel::Transfer,    intake::Channel::InspectionTour, intake::Channel::Audit,
        intake::Channel::CaseFinding, intake::Channel::Other};
    return weighted[random.bounded(static_cast<quint32>(std::size(weighted)))];
}

// Generates reports and leads; keeps the open transaction, batching commits.
class Generator
{
public:
    Generator(const QSqlDatabase& db, const audit::AuditTrail& trail, const Actors& actors, quint32 seed)
        : m_db(db), m_trail(trail), m_actors(actors), m_people(seed), m_timeline(db, seed, m_today)
    {
    }

    Result<DemoDataFigures> run(int scale, const std::function<void(int, int)>& progress,
                                const std::atomic_bool* cancel);

private:
    Status record(const audit::AuditNote& note, const access::Actor& actor)
    {
        auto entry = m_trail.append(m_db, actor.login, note);
        return entry.ok() ? Status() : Status(entry.error());
    }
    Status rotateBatch(int done);
    QStringList distinctNames(int count);
    people::Person subject();
    intake::ReportDraft reportDraft();
    Status addReport(int leadsWanted);
    Status addDirectLead();
    Status addMeetings(const QList<leads::ReviewSchedule>& schedules);
    Status addCases();
    Status addCase(const QString& leadUid, const workflow::WorkflowDefinition& definition);
    Status addDecision(const cases::Case& c, const QString& meetingType);

    QSqlDatabase m_db;
    const audit::AuditTrail& m_trail;
    Actors m_actors;
    SyntheticPeople m_people;
    std::optional<storage::Transaction> m_transaction;
    QList<people::Person> m_pool;
    QHash<QString, QString> m_leadBySubject; // ID number -> lead uid
    QStringList m_leadUids;
    DemoDataFigures m_figures;
    QDate m_today = QDate::currentDate();
    DemoTimeline m_timeline;
    QHash<QString, QDate> m_leadRegistered; // lead uid -> the day it was registered
    QHash<QString, QDate> m_leadDecided;    // lead uid -> the day of the meeting that decided it
};

// Members of one meeting must have distinct names.
QStringList Generator::distinctNames(int count)
{
    QStringList names;
    while (names.size() < count) {
        const QString name = m_people.name();
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Status Generator::rotateBatch(int done)
{
    if (m_transaction && done % kBatch != 0)
        return {};
    if (m_transaction) {
        QF_TRY(m_transaction->commit());
        m_transaction.reset();
    }
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    m_transaction.emplace(std::move(transaction.value()));
    return {};
}

people::Person Generator::subject()
{
    if (!m_pool.isEmpty() && m_people.random().bounded(100) < 30)
        return m_people.pick(m_pool);
    m_pool << m_people.person();
    return m_pool.last();
}

intake::ReportDraft Generator::reportDraft()
{
    auto& random = m_people.random();
    const Behaviour& behaviour = kBehaviours[random.bounded(static_cast<quint32>(std::size(kBehaviours)))];
    intake::ReportDraft draft;
    draft.channel = pickChannel(random);
    draft.receivedDate = m_today.addDays(-static_cast<qint64>(random.bounded(720)));
    draft.subjects << subject();
    if (random.bounded(10) == 0)
        draft.subjects << subject();
    const people::Person& main = draft.subjects.first();
    draft.allegations = {QString::fromLatin1(behaviour.allegation)};
    draft.sector = QString::fromLatin1(behaviour.sector);
    draft.summary =
        QStringLiteral("反映%1%2%3%4。").arg(main.unit, main.position, main.name, QString::fromUtf8(behaviour.text));
    draft.realName = random.bounded(100) < 40;
    if (draft.realName) {
        draft.reporter.name = m_people.name();
        draft.reporter.idNumber = m_people.idNumber(m_people.birthDate());
        draft.reporter.phone = m_people.phone();
        draft.reporter.address = m_people.address();
    }
    return draft;
}

Status Generator::addReport(int leadsWanted)
{
    auto& random = m_people.random();
    const intake::ReportDraft draft = reportDraft();
    audit::AuditNote note;
    auto registered = intake::ReportService::registerWithin(m_db, m_actors.clerk, draft, note);
    if (!registered.ok())
        return registered.error();
    QF_TRY(record(note, m_actors.clerk));
    ++m_figures.reports;

    const intake::Report& report = registered->report;
    const QString subjectKey = report.subjects.first().idNumber;
    intake::ScreeningDecision decision;
    const int roll = static_cast<int>(random.bounded(100));
    // A report joins an existing lead about the same person only if that lead was registered by the time it came.
    const QString earlierLead = m_leadBySubject.value(subjectKey);
    if (!earlierLead.isEmpty() && m_leadRegistered.value(earlierLead) <= report.receivedDate && roll < 25) {
        decision.outcome = intake::Screening::Attached;
        decision.reason = QStringLiteral("与已有线索反映同一问题，并入处理");
        decision.attachToLeadUid = earlierLead;
    } else if (m_figures.leads < leadsWanted && roll < 75) {
        decision.outcome = intake::Screening::NewLead;
        decision.reason = QStringLiteral("反映问题具体，具有可查性");
        decision.newLead.cadreLevel = report.subjects.first().cadreLevel;
        decision.newLead.confidentiality =
            random.bounded(10) == 0 ? access::ConfidentialityLevel::Secret : access::ConfidentialityLevel::Internal;
    } else if (roll < 82) {
        decision.outcome = intake::Screening::Forwarded;
        decision.reason = QStringLiteral("不属本级管辖，按规定移交");
        decision.forwardAgency = m_people.unit().left(3) + QStringLiteral("纪委监委");
        decision.forwardSentDate = report.receivedDate.addDays(5);
        decision.forwardFeedbackDue = decision.forwardSentDate.addDays(60);
    } else if (roll < 90) {
        decision.outcome = intake::Screening::Filed;
        decision.reason = QStringLiteral("内容空泛，无具体线索，存档备查");
    } else {
        return {}; // left pending, for the clerk's inbox
    }
    if (decision.forwardSentDate.isValid() && decision.forwardSentDate > m_today)
        decision.forwardSentDate = m_today;
    if (decision.forwardFeedbackDue.isValid() && decision.forwardFeedbackDue < decision.forwardSentDate)
        decision.forwardFeedbackDue = decision.forwardSentDate;
    auto outcome = intake::ReportService::screenWithin(m_db, m_actors.investigator, m_trail, report, decision, note);
    if (!outcome.ok())
        return outcome.error();
    QF_TRY(record(note, m_actors.investigator));
    const QDate screened = m_timeline.screened(report.receivedDate);
    const QString newLead = decision.outcome == intake::Screening::NewLead ? outcome.value() : QString();
    QF_TRY(m_timeline.dateScreening(report.id, newLead, screened));
    if (!newLead.isEmpty())
        m_leadRegistered.insert(newLead, screened);
    if (decision.outcome == intake::Screening::NewLead) {
        ++m_figures.leads;
        m_leadUids << outcome.value();
        m_leadBySubject.insert(subjectKey, outcome.value());
    } else if (decision.outcome == intake::Screening::Forwarded) {
        ++m_figures.transfers;
    }
    return {};
}

// A lead that did not come from a report: assigned from above, found by this office, by an inspection tour or an
// audit, sent by a lower level, or confessed.
Status Generator::addDirectLead()
{
    static const char* const kSources[] = {"assigned", "self_found",  "inspection", "inspection",
                                           "transfer", "lower_level", "confession", "audit"};
    auto& random = m_people.random();
    const Behaviour& behaviour = kBehaviours[random.bounded(static_cast<quint32>(std::size(kBehaviours)))];
    leads::LeadDraft draft;
    draft.source = QString::fromLatin1(kSources[random.bounded(static_cast<quint32>(std::size(kSources)))]);
    draft.allegation = QString::fromLatin1(behaviour.allegation);
    draft.sector = QString::fromLatin1(behaviour.sector);
    draft.subjects << subject();
    const people::Person& main = draft.subjects.first();
    draft.cadreLevel = main.cadreLevel;
    draft.summary =
        QStringLiteral("%1%2%3%4。").arg(main.unit, main.position, main.name, QString::fromUtf8(behaviour.text));
    auto lead = leads::LeadService::createWithin(m_db, m_actors.investigator, draft);
    if (!lead.ok())
        return lead.error();
    QF_TRY(record({QStringLiteral("lead.register"), QStringLiteral("lead"), lead->uid,
                   QStringLiteral("lead %1 registered, source %2").arg(lead->number, lead->source)},
                  m_actors.investigator));
    const QDate registered = m_timeline.withinTwoYears();
    QF_TRY(m_timeline.dateLead(lead->uid, registered));
    ++m_figures.leads;
    m_leadUids << lead->uid;
    m_leadRegistered.insert(lead->uid, registered);
    m_leadBySubject.insert(main.idNumber, lead->uid);
    return {};
}

Status Generator::addMeetings(const QList<leads::ReviewSchedule>& schedules)
{
    auto& random = m_people.random();
    const leads::Disposition kinds[] = {leads::Disposition::Inquiry,  leads::Disposition::PreliminaryVerification,
                                        leads::Disposition::Hold,     leads::Disposition::Hold,
                                        leads::Disposition::Close,    leads::Disposition::Close,
                                        leads::Disposition::FileCase, leads::Disposition::Forward};
    // Meetings take the leads in the order they were registered, ten at a time, as an office's calendar would.
    std::stable_sort(m_leadUids.begin(), m_leadUids.end(), [this](const QString& a, const QString& b) {
        return m_leadRegistered.value(a) < m_leadRegistered.value(b);
    });
    for (qsizetype start = 0; start < m_leadUids.size(); start += 10) {
        QF_TRY(rotateBatch(static_cast<int>(start)));
        const leads::ReviewSchedule& schedule = m_people.pick(schedules);
        leads::ReviewMeetingRecord meeting;
        meeting.scheduleUid = schedule.uid;
        QDate newestLead;
        for (qsizetype i = start; i < std::min(start + 10, m_leadUids.size()); ++i)
            newestLead = std::max(newestLead, m_leadRegistered.value(m_leadUids.at(i), m_today));
        meeting.heldOn = m_timeline.meetingAfter(newestLead);
        meeting.summary = QStringLiteral("问题线索集体排查");
        const QStringList names = distinctNames(schedule.quorum + 1);
        for (int i = 0; i <= schedule.quorum; ++i)
            meeting.attendees << leads::Attendee{
                names.at(i), true, i == 1 ? QStringLiteral("我不同意，应先行初核。") : QStringLiteral("同意"), i == 1};
        for (qsizetype i = start; i < std::min(start + 10, m_leadUids.size()); ++i) {
            if (random.bounded(100) < 20)
                continue; // stays registered, waiting for its first review
            leads::LeadDecision decision;
            decision.leadUid = m_leadUids.at(i);
            decision.disposition = kinds[random.bounded(static_cast<quint32>(std::size(kinds)))];
            decision.reason = QStringLiteral("经集体研究，按%1处置").arg(leads::dispositionTerm(decision.disposition));
            if (decision.disposition == leads::Disposition::Hold) {
                decision.nextReviewDate = meeting.heldOn.addDays(30 + random.bounded(150));
                decision.followUps << leads::FollowUp{QStringLiteral("调取相关银行流水"), meeting.heldOn.addDays(20)};
            }
            if (decision.disposition == leads::Disposition::Forward) {
                decision.forward = {QStringLiteral("市公安局"), QStringLiteral("举报材料原件一份"),
                                    meeting.heldOn.addDays(60)};
                ++m_figures.transfers;
            }
            meeting.decisions << decision;
            m_leadDecided.insert(decision.leadUid, meeting.heldOn);
        }
        if (meeting.decisions.isEmpty())
            continue;
        audit::AuditNote note;
        auto recorded = leads::ReviewService::recordWithin(m_db, m_actors.approver, m_trail, schedule, meeting,
                                                           static_cast<int>(meeting.attendees.size()), note);
        if (!recorded.ok())
            return recorded.error();
        QF_TRY(record(note, m_actors.approver));
        ++m_figures.meetings;
    }
    return {};
}

Status Generator::addDecision(const cases::Case& c, const QString& meetingType)
{
    decisions::CollectiveDecisionDraft draft;
    draft.caseUid = c.uid;
    draft.meetingType = meetingType;
    draft.heldOn = m_today.addDays(-static_cast<qint64>(m_people.random().bounded(60)));
    draft.quorum = 5;
    const QStringList names = distinctNames(6);
    for (int i = 0; i < 6; ++i)
        draft.members << leads::Attendee{
            names.at(i), true, i == 2 ? QStringLiteral("本人保留意见，建议补充证据后再议。") : QStringLiteral("同意"),
            i == 2};
    draft.conclusion = QStringLiteral("经集体研究，同意。");
    draft.decidedItems = {QStringLiteral("事实与证据认定"), QStringLiteral("处理意见")};
    audit::AuditNote note{{}, QStringLiteral("case"), c.uid, {}};
    auto recorded = decisions::DecisionService::recordWithin(m_db, m_actors.approver, c.id, draft, 6, note);
    if (!recorded.ok())
        return recorded.error();
    return record(note, m_actors.approver);
}

Status Generator::addCase(const QString& leadUid, const workflow::WorkflowDefinition& definition)
{
    auto& random = m_people.random();
    auto lead = leads::LeadRepository(m_db).findByUid(leadUid);
    if (!lead.ok())
        return lead.error();
    audit::AuditNote note;
    auto opened = cases::CaseService::openWithin(m_db, m_actors.leadInvestigator, lead.value(), {}, definition, note);
    if (!opened.ok())
        return opened.error();
    QF_TRY(record(note, m_actors.leadInvestigator));
    const cases::Case c = opened.value();
    const QDate openedOn = m_timeline.opened(m_leadDecided.value(leadUid, m_today));
    QF_TRY(m_timeline.dateCase(c.id, openedOn));
    cases::CaseRepository repository(m_db);
    access::UserRepository users(m_db);
    const QList<QPair<access::Actor, cases::TeamRole>> team{
        {m_actors.leadInvestigator, cases::TeamRole::LeadInvestigator},
        {m_actors.investigator, cases::TeamRole::Member}};
    // As CaseService::assign does it: the team row, the access assignment that opens the case, the audit entry.
    const auto joinTeam = [&](const access::Actor& actor, cases::TeamRole role) -> Status {
        QF_TRY(repository.addTeamMember(c.id, actor.id, role));
        QF_TRY(users.assign(actor.id, QStringLiteral("case"), c.uid, cases::teamRoleKey(role)));
        return record({QStringLiteral("case.assign"), QStringLiteral("case"), c.uid,
                       QStringLiteral("%1 assigned as %2").arg(actor.login, cases::teamRoleKey(role))},
                      m_actors.approver);
    };
    for (const auto& [actor, role] : team)
        QF_TRY(joinTeam(actor, role));
    static const QStringList path{QStringLiteral("file"),
                                  QStringLiteral("start_investigation"),
                                  QStringLiteral("transfer_to_review"),
                                  QStringLiteral("decide"),
                                  QStringLiteral("execute"),
                                  QStringLiteral("close"),
                                  QStringLiteral("archive")};
    const int target = static_cast<int>(random.bounded(static_cast<quint32>(path.size() + 1)));
    QString stage = c.stage;
    for (int step = 0; step < target; ++step) {
        const workflow::TransitionDefinition* transition = definition.transition(path.at(step));
        if (!transition)
            break;
        if (transition->id == QLatin1String("file") || transition->id == QLatin1String("execute"))
            QF_TRY(addDecision(c, QStringLiteral("standing_committee")));
        if (transition->id == QLatin1String("transfer_to_review"))
            QF_TRY(addDecision(c, QStringLiteral("case_meeting")));
        if (transition->id == QLatin1String("decide")) {
            QF_TRY(joinTeam(m_actors.reviewer, cases::TeamRole::Reviewer));
            QF_TRY(addDecision(c, QStringLiteral("review_meeting")));
        }
        QF_TRY(workflow::CaseWorkflow::applyApprovedWithin(m_db, c.id, stage, *transition, definition,
                                                           m_actors.leadInvestigator.id, m_actors.approver.id,
                                                           QStringLiteral("请审批")));
        QF_TRY(record({QStringLiteral("case.transition.approve"), QStringLiteral("case"), c.uid,
                       QStringLiteral("%1: %2 → %3").arg(c.number, stage, transition->to)},
                      m_actors.approver));
        stage = transition->to;
    }
    QF_TRY(m_timeline.dateStages(c.id, openedOn));
    if (target < path.size() && random.bounded(100) < 20) {
        if (const workflow::TransitionDefinition* next = definition.transition(path.at(target))) {
            QF_TRY(workflow::CaseWorkflow::requestPendingWithin(m_db, c.id, stage, *next, m_actors.leadInvestigator.id,
                                                                QStringLiteral("请审批")));
            QF_TRY(record({QStringLiteral("case.transition.request"), QStringLiteral("case"), c.uid,
                           QStringLiteral("%1: %2 → %3").arg(c.number, stage, next->to)},
                          m_actors.leadInvestigator));
        }
    }
    if (stage == QLatin1String("investigation") && random.bounded(100) < 60) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto measure = cases::MeasureService::insertApprovedWithin(
            m_db, c.id,
            {c.uid, QStringLiteral("talk"), QStringLiteral("《中国共产党纪律检查机关监督执纪工作规则》"),
             QStringLiteral("核实问题线索反映的情况"),
             lead->subjects.isEmpty() ? QString() : lead->subjects.first().name},
            m_actors.leadInvestigator.id, m_actors.approver.id, now.addDays(-3), now.addDays(27));
        if (!measure.ok())
            return measure.error();
        QF_TRY(record({QStringLiteral("measure.approve"), QStringLiteral("case"), c.uid, QStringLiteral("talk")},
                      m_actors.approver));
    }
    if (random.bounded(100) < 10 && stage != QLatin1String("closed") && stage != QLatin1String("archived")) {
        auto supervised = cases::DeadlineService::startSupervisionWithin(m_db, c.id, QStringLiteral("省纪委监委"),
                                                                         QStringLiteral("按期查结并报告进展"),
                                                                         m_today.addDays(15 + random.bounded(120)), 30);
        if (!supervised.ok())
            return supervised.error();
        QF_TRY(
            record({QStringLiteral("supervision.start"), QStringLiteral("case"), c.uid, QStringLiteral("省纪委监委")},
                   m_actors.approver));
    }
    if (random.bounded(100) < 8) {
        auto recusal =
            cases::CaseService::requestRecusalWithin(m_db, c.id, m_actors.investigator.id, m_actors.leadInvestigator.id,
                                                     QStringLiteral("与被调查人系同学关系，申请回避"));
        if (!recusal.ok())
            return recusal.error();
        QF_TRY(
            record({QStringLiteral("case.recusal.request"), QStringLiteral("case"), c.uid, m_actors.investigator.login},
                   m_actors.leadInvestigator));
    }
    if (random.bounded(100) < 5) {
        auto dispute = cases::CaseService::raiseDisputeWithin(m_db, c.id, QStringLiteral("本委与某县纪委监委"),
                                                              QStringLiteral("被调查人任职单位隶属关系存在争议"),
                                                              m_actors.leadInvestigator.id);
        if (!dispute.ok())
            return dispute.error();
        QF_TRY(record(
            {QStringLiteral("dispute.raise"), QStringLiteral("case"), c.uid, QStringLiteral("本委与某县纪委监委")},
            m_actors.leadInvestigator));
    }
    ++m_figures.cases;
    return {};
}

Status Generator::addCases()
{
    auto definition = workflow::CaseWorkflow::definition(m_db);
    if (!definition.ok())
        return definition.error();
    auto eligible = storage::runQuery(m_db, QStringLiteral("SELECT uid FROM lead WHERE disposition IN ('file_case', "
                                                           "'preliminary_verification') ORDER BY id"));
    if (!eligible.ok())
        return eligible.error();
    QStringList uids;
    while (eligible->next())
        uids << eligible->value(0).toString();
    for (qsizetype i = 0; i < uids.size(); ++i) {
        QF_TRY(rotateBatch(static_cast<int>(i)));
        QF_TRY(addCase(uids.at(i), definition.value()));
    }
    return {};
}

Result<DemoDataFigures> Generator::run(int scale, const std::function<void(int, int)>& progress,
                                       const std::atomic_bool* cancel)
{
    const int reportsWanted = 100 * scale;
    const int leadsWanted = 50 * scale;
    auto schedules = leads::ReviewService::loadSchedules(m_db);
    if (!schedules.ok() || schedules->isEmpty())
        return makeError(ErrorCode::Failed, Messages::tr("The vault has no review schedules."));
    // One lead in ten comes from elsewhere than a report.
    for (int i = 0; i < leadsWanted / 10; ++i) {
        QF_TRY(rotateBatch(i));
        QF_TRY(addDirectLead());
    }
    for (int i = 0; i < reportsWanted; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Failed, Messages::tr("Cancelled; the batches already written are kept."));
        QF_TRY(rotateBatch(i));
        QF_TRY(addReport(leadsWanted));
        if (progress && i % 1000 == 0)
            progress(i, reportsWanted);
    }
    QF_TRY(addMeetings(schedules.value()));
    QF_TRY(addCases());
    if (m_transaction)
        QF_TRY(m_transaction->commit());
    m_transaction.reset();
    if (progress)
        progress(reportsWanted, reportsWanted);
    return m_figures;
}

} // namespace

Status DemoDataService::markAsDemoVault()
{
    return access::mutate(m_session, Permission::ManageUsers, {QStringLiteral("vault"), m_session.vault().uid()},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(storage::SettingsRepository(db).setValue(kDemoFlag, QStringLiteral("1")));
                              note.action = QStringLiteral("vault.mark_demo");
                              note.summary = Messages::tr("vault marked as a demo vault with synthetic data");
                              return {};
                          });
}

Result<bool> DemoDataService::hasData() const
{
    auto count = storage::querySingleValue(m_session.database(), QStringLiteral("SELECT count(*) FROM report"));
    if (!count.ok())
        return count.error();
    return count->toInt() > 0;
}

Result<DemoDataFigures> DemoDataService::generateWithin(const QSqlDatabase& db, const audit::AuditTrail& trail,
                                                        const access::Actor& fallback, int scale, quint32 seed,
                                                        const std::function<void(int, int)>& progress,
                                                        const std::atomic_bool* cancel)
{
    auto actors = findActors(db, fallback);
    if (!actors.ok())
        return actors.error();
    Generator generator(db, trail, actors.value(), seed);
    return generator.run(scale, progress, cancel);
}

Result<DemoDataFigures> DemoDataService::generate(int scale, quint32 seed,
                                                  const std::function<void(int, int)>& progress,
                                                  const std::atomic_bool* cancel)
{
    QF_TRY(m_session.require(Permission::ManageUsers));
    if (scale < 1 || scale > 10000)
        return makeError(ErrorCode::Usage, Messages::tr("The scale is a number from 1 to 10000."));
    auto flag = storage::SettingsRepository(m_session.database()).value(kDemoFlag);
    if (!flag.ok())
        return flag.error();
    if (flag.value() != QLatin1String("1"))
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("This vault is not a demo vault; synthetic data is only ever written to a demo vault."));
    auto figures =
        generateWithin(m_session.database(), m_session.auditTrail(), m_session.actor(), scale, seed, progress, cancel);
    if (!figures.ok())
        return figures;
    auto entry =
        m_session.auditStandalone({QStringLiteral("demo.generate"), QStringLiteral("vault"), m_session.vault().uid(),
                                   Messages::tr("%1 reports, %2 leads, %3 review meetings, %4 cases generated")
                                       .arg(figures->reports)
                                       .arg(figures->leads)
                                       .arg(figures->meetings)
                                       .arg(figures->cases)});
    if (!entry.ok())
        return entry.error();
    return figures;
}

} // namespace qf::demo
