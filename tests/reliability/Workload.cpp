#include "Workload.h"

#include "access/LoginService.h"
#include "access/SecondSigner.h"
#include "access/UserService.h"
#include "cases/CaseService.h"
#include "decisions/DecisionService.h"
#include "evidence/EvidenceService.h"
#include "intake/ReportService.h"
#include "leads/LeadService.h"
#include "property/PropertyService.h"
#include "workflow/CaseWorkflow.h"

#include <QBuffer>
#include <QDateTime>

namespace qf::reliability {

namespace {

const QString kAdmin = QStringLiteral("admin");

crypto::SecretBytes passwordBytes(const QString& login)
{
    const QByteArray bytes = passwordOf(login).toUtf8();
    return crypto::SecretBytes::copyOf(bytes);
}

access::SecondSigner signer(const QString& login)
{
    return {login, passwordBytes(login)};
}

people::Person subject(int serial)
{
    people::Person person;
    person.name = QStringLiteral("测试对象%1").arg(serial);
    person.unit = QStringLiteral("某市交通运输局");
    person.position = QStringLiteral("科长");
    return person;
}

} // namespace

QString passwordOf(const QString& login)
{
    return login == kAdmin ? QStringLiteral("admin-password-1") : login + QStringLiteral("-password");
}

Result<std::unique_ptr<access::Session>> login(const QString& vaultPath, const QString& login)
{
    return access::openSession(vaultPath, login, passwordBytes(login));
}

Result<std::unique_ptr<access::Session>> createVault(const QString& vaultPath)
{
    storage::VaultCreateOptions options;
    options.path = vaultPath;
    options.organName = QStringLiteral("中共测试市纪律检查委员会");
    options.adminLogin = kAdmin;
    options.adminDisplayName = QStringLiteral("系统管理员");
    options.kdf = crypto::KdfParams::fastForTesting();
    QString recoveryKey;
    return access::initializeVault(options, passwordBytes(kAdmin), &recoveryKey);
}

Result<std::unique_ptr<access::Session>> createOffice(const QString& vaultPath)
{
    auto admin = createVault(vaultPath);
    if (!admin.ok())
        return admin.error();
    const QList<QPair<QString, access::Role>> staff = {
        {QStringLiteral("clerk"), access::Role::Clerk},      {QStringLiteral("lead"), access::Role::LeadInvestigator},
        {QStringLiteral("inv"), access::Role::Investigator}, {QStringLiteral("boss"), access::Role::Approver},
        {QStringLiteral("auditor"), access::Role::Auditor},
    };
    access::UserService users(*admin.value(), crypto::KdfParams::fastForTesting());
    for (const auto& [name, role] : staff) {
        auto added = users.addUser(name, name, {role}, passwordBytes(name));
        if (!added.ok())
            return added.error();
    }
    return admin;
}

QString Committed::line() const
{
    return QStringList{kind, uid, detail}.join(u' ').trimmed();
}

Committed Committed::parse(const QString& line)
{
    const QStringList parts = line.split(u' ');
    return {parts.value(0), parts.value(1), parts.value(2)};
}

Result<std::unique_ptr<Workload>> Workload::open(const QString& vaultPath)
{
    std::unique_ptr<Workload> workload(new Workload());
    for (auto [name, slot] :
         {std::pair{QStringLiteral("clerk"), &workload->m_clerk}, std::pair{QStringLiteral("lead"), &workload->m_lead},
          std::pair{QStringLiteral("boss"), &workload->m_boss}}) {
        auto session = login(vaultPath, name);
        if (!session.ok())
            return session.error();
        *slot = std::move(session.value());
    }
    return workload;
}

Result<Committed> Workload::registerReport()
{
    intake::ReportDraft draft;
    draft.channel = intake::Channel::Letter;
    draft.receivedDate = QDate::currentDate().addDays(-1);
    draft.subjects = {subject(++m_serial)};
    draft.allegations = {QStringLiteral("bribery")};
    draft.sector = QStringLiteral("construction");
    draft.summary = QStringLiteral("反映其收受工程老板贿赂（第%1件）").arg(m_serial);
    auto registered = intake::ReportService(*m_clerk).registerReport(draft);
    if (!registered.ok())
        return registered.error();
    return Committed{QStringLiteral("report"), registered->report.uid, {}};
}

Result<Committed> Workload::openCase()
{
    leads::LeadDraft draft;
    draft.source = QStringLiteral("report");
    draft.summary = QStringLiteral("反映其违规收受礼金（第%1件）").arg(++m_serial);
    draft.subjects = {subject(m_serial)};
    auto lead = leads::LeadService(*m_lead).registerLead(draft);
    if (!lead.ok())
        return lead.error();
    QF_TRY(leads::LeadService(*m_boss).decideSingly(lead->uid, leads::Disposition::FileCase,
                                                    QStringLiteral("问题严重，拟立案")));
    auto opened = cases::CaseService(*m_lead).fileCase(lead->uid, QStringLiteral("第%1号审查调查").arg(m_serial));
    if (!opened.ok())
        return opened.error();
    cases::CaseService bossCases(*m_boss);
    auto leader = bossCases.assign(opened->uid, QStringLiteral("lead"), cases::TeamRole::LeadInvestigator);
    if (!leader.ok())
        return leader.error();
    auto member = bossCases.assign(opened->uid, QStringLiteral("inv"), cases::TeamRole::Member);
    if (!member.ok())
        return member.error();
    return Committed{QStringLiteral("case"), opened->uid, opened->number};
}

Result<Committed> Workload::advanceCase(const QString& caseUid)
{
    decisions::CollectiveDecisionDraft decision;
    decision.caseUid = caseUid;
    decision.meetingType = QStringLiteral("standing_committee");
    decision.heldOn = QDate::currentDate();
    decision.quorum = 5;
    for (int i = 0; i < 7; ++i)
        decision.members << leads::Attendee{QStringLiteral("委员%1").arg(i + 1), i < 5, QStringLiteral("同意"), false};
    decision.conclusion = QStringLiteral("经集体研究，同意立案。");
    decision.decidedItems = {QStringLiteral("立案审查调查")};
    auto decided = decisions::DecisionService(*m_boss).record(decision);
    if (!decided.ok())
        return decided.error();
    auto requested = workflow::CaseWorkflow(*m_lead).request(caseUid, QStringLiteral("file"), QStringLiteral("拟立案"));
    if (!requested.ok())
        return requested.error();
    QF_TRY(workflow::CaseWorkflow(*m_boss).approve(requested.value(), QStringLiteral("同意")));
    auto moved = cases::CaseService(*m_boss).caseFile(caseUid);
    if (!moved.ok())
        return moved.error();
    return Committed{QStringLiteral("stage"), caseUid, moved->stage};
}

Result<Committed> Workload::recordEvidence(const QString& caseUid)
{
    evidence::EvidenceDraft draft;
    draft.caseUid = caseUid;
    draft.kind = QStringLiteral("documentary");
    draft.description = QStringLiteral("工程款支付凭证复印件");
    draft.source = QStringLiteral("某市交通运输局财务科");
    draft.holder = QStringLiteral("财务科科长");
    draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    draft.place = QStringLiteral("某市交通运输局");
    draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
    draft.witness = QStringLiteral("王见证");
    draft.facts = QStringLiteral("收受工程款回扣");
    auto item = evidence::EvidenceService(*m_lead).record(draft);
    if (!item.ok())
        return item.error();
    return Committed{QStringLiteral("evidence"), item->uid, caseUid};
}

Result<Committed> Workload::attachFile(const QString& evidenceUid, qint64 size)
{
    QByteArray content(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        content[i] = static_cast<char>(m_random.bounded(256));
    QBuffer file(&content);
    file.open(QIODevice::ReadOnly);
    auto stored = evidence::EvidenceService(*m_lead).attach(evidenceUid, file, QStringLiteral("凭证扫描件.bin"),
                                                            QStringLiteral("application/octet-stream"));
    if (!stored.ok())
        return stored.error();
    return Committed{QStringLiteral("attachment"), stored->uid, QString::fromLatin1(stored->sha256.toHex())};
}

Result<Committed> Workload::registerProperty(const QString& caseUid)
{
    property::PropertyDraft draft;
    draft.caseUid = caseUid;
    draft.category = QStringLiteral("cash");
    draft.description = QStringLiteral("人民币现金");
    draft.features = QStringLiteral("第五套人民币");
    draft.kind = QStringLiteral("纸币");
    draft.faceValueCents = 10000;
    draft.pieces = 1 + m_random.bounded(100);
    draft.currency = QStringLiteral("CNY");
    auto item = property::PropertyService(*m_lead).registerItem(draft, signer(QStringLiteral("inv")));
    if (!item.ok())
        return item.error();
    return Committed{QStringLiteral("property"), item->uid, caseUid};
}

} // namespace qf::reliability
