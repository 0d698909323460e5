#include "access/UserService.h"
#include "cases/StaffRegisterService.h"
#include "demo/DemoAreaSteps.h"
#include "people/IntegrityFileService.h"
#include "reporting/IntegrityOpinionService.h"

namespace qf::demo {

namespace {

class IntegrityData
{
public:
    explicit IntegrityData(DemoAreaContext& context) : m_context(context) {}
    Status run();

private:
    QRandomGenerator& random() { return m_context.people.random(); }
    Status addStaffRegister();
    Status addStaffMember(const QString& login, int index);
    Status placeInOffice(const access::User& user, int index);
    Result<people::IntegrityFile> addFile(const people::Person& cadre, bool flagged);
    Status addFiles();
    Status addOpinionRequest(int index);

    DemoAreaContext& m_context;
    QList<people::Person> m_cadres;    // with an integrity file and nothing else on record
    QList<people::Person> m_namesakes; // two cadres of one name and unit: a request without ID number is ambiguous
};

Status IntegrityData::run()
{
    QF_TRY(addStaffRegister());
    QF_TRY(addFiles());
    const int requests = 1 + m_context.scale / 5;
    for (int i = 0; i < requests; ++i)
        QF_TRY(addOpinionRequest(i));
    return {};
}

// Everyone who handles cases gets a certificate (the first one lapsed), a training or two, a tier and an office.
Status IntegrityData::addStaffRegister()
{
    auto users = access::UserService(m_context.sessions.admin).listUsers();
    if (!users.ok())
        return users.error();
    int index = 0;
    for (const access::User& user : users.value()) {
        if (user.disabled ||
            !(user.hasRole(access::Role::Investigator) || user.hasRole(access::Role::LeadInvestigator) ||
              user.hasRole(access::Role::Reviewer) || user.hasRole(access::Role::Approver)))
            continue;
        QF_TRY(addStaffMember(user.login, index));
        QF_TRY(placeInOffice(user, index++));
    }
    return {};
}

Status IntegrityData::addStaffMember(const QString& login, int index)
{
    cases::StaffRegisterService service(m_context.sessions.admin);
    const QDate issuedOn = index == 0 ? m_context.daysAgo(1200, 1400) : m_context.daysAgo(30, 900);
    auto certificate = service.addCertification(
        login, QStringLiteral("纪检监察执纪执法资格证 第%1号").arg(2026000 + index), issuedOn, issuedOn.addYears(3));
    if (!certificate.ok())
        return certificate.error();
    static const QStringList courses{QStringLiteral("监督执纪工作规则专题培训"),
                                     QStringLiteral("监察法实施条例业务培训"), QStringLiteral("审查调查安全工作培训")};
    const int trainings = 1 + static_cast<int>(random().bounded(2));
    for (int i = 0; i < trainings; ++i) {
        auto training = service.addTraining(login, m_context.people.pick(courses), m_context.daysAgo(10, 700),
                                            8 * (1 + static_cast<int>(random().bounded(5))), QStringLiteral("合格"));
        if (!training.ok())
            return training.error();
    }
    static const QStringList tiers{QStringLiteral("core"), QStringLiteral("reserve"), QStringLiteral("expert")};
    QF_TRY(service.setTier(login, tiers.at(index % tiers.size())));
    m_context.figures.staffRecords += 1 + trainings;
    return {};
}

// Reviewers work in the case review office; the others are spread over the inspection offices.
Status IntegrityData::placeInOffice(const access::User& user, int index)
{
    static const QStringList inspectionOffices{QStringLiteral("inspection_1"), QStringLiteral("inspection_2"),
                                               QStringLiteral("inspection_3")};
    const QString office = user.hasRole(access::Role::Reviewer)
                               ? QStringLiteral("case_review")
                               : inspectionOffices.at(index % inspectionOffices.size());
    return cases::StaffRegisterService(m_context.sessions.admin).setOffice(user.login, office);
}

Result<people::IntegrityFile> IntegrityData::addFile(const people::Person& cadre, bool flagged)
{
    people::IntegrityFileService service(m_context.sessions.leadInvestigator);
    auto file = service.openFile(cadre);
    if (!file.ok())
        return file.error();
    ++m_context.figures.integrityFiles;
    const int thisYear = m_context.today.year();
    for (int year = thisYear - 2; year < thisYear; ++year) {
        people::PersonalMattersReport report;
        report.year = year;
        report.familyMembers = QStringLiteral("配偶%1，子女一人").arg(m_context.people.name());
        report.realEstate = QStringLiteral("住房一套（%1）").arg(m_context.people.address());
        report.investments = random().bounded(3) == 0 ? QStringLiteral("配偶持有基金若干") : QStringLiteral("无");
        report.relativesAbroad = QStringLiteral("无");
        report.passports = QStringLiteral("普通护照一本，由组织部门集中保管");
        report.incomeCents = (150'000 + static_cast<qint64>(random().bounded(150'000U))) * 100;
        QF_TRY(service.recordPersonalMatters(file->uid, report));
    }
    if (flagged) {
        auto flag = service.raiseFlag(file->uid, people::AnomalyKind::PropertyIncomeMismatch,
                                      QStringLiteral("家庭新增房产两套，与申报收入明显不符"));
        if (!flag.ok())
            return flag.error();
        ++m_context.figures.anomalyFlags;
    }
    return file;
}

// Five files per unit of scale, every fifth with an anomaly flag, plus two namesakes in one unit.
Status IntegrityData::addFiles()
{
    const int files = 5 * m_context.scale;
    for (int i = 0; i < files; ++i) {
        const people::Person cadre = m_context.people.person();
        auto file = addFile(cadre, i % 5 == 0);
        if (!file.ok())
            return file.error();
        m_cadres << cadre;
    }
    people::Person first = m_context.people.person();
    people::Person second = m_context.people.person();
    second.name = first.name;
    second.unit = first.unit;
    for (const people::Person& namesake : {first, second}) {
        auto file = addFile(namesake, false);
        if (!file.ok())
            return file.error();
    }
    m_namesakes = {first, second};
    return {};
}

reporting::RequestedPerson requested(const people::Person& person, bool withIdNumber)
{
    return {person.name, withIdNumber ? person.idNumber : QString(), person.unit, person.position,
            QStringLiteral("拟提拔担任%1").arg(person.position)};
}

// A sanctioned subject, two cadres with clean files, one of the namesakes without ID number and a newcomer.
Status IntegrityData::addOpinionRequest(int index)
{
    reporting::OpinionRequestDraft draft;
    draft.requestingUnit = QStringLiteral("中共某市委组织部");
    draft.receivedOn = m_context.daysAgo(0, 20);
    draft.reference =
        QStringLiteral("关于征求干部廉政意见的函（%1年第%2号）").arg(draft.receivedOn.year()).arg(index + 1);
    if (!m_context.sanctionedPeople.isEmpty())
        draft.people << requested(m_context.people.pick(m_context.sanctionedPeople), true);
    for (int i = 0; i < 2 && !m_cadres.isEmpty(); ++i)
        draft.people << requested(m_context.people.pick(m_cadres), true);
    draft.people << requested(m_namesakes.first(), false);
    draft.people << requested(m_context.people.person(), true);
    auto created = reporting::IntegrityOpinionService(m_context.sessions.leadInvestigator).createRequest(draft);
    if (!created.ok())
        return created.error();
    ++m_context.figures.opinionRequests;
    return {};
}

} // namespace

Status addIntegrityData(DemoAreaContext& context)
{
    return IntegrityData(context).run();
}

} // namespace qf::demo
