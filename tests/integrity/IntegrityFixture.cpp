#include "IntegrityFixture.h"

#include "cases/CaseService.h"
#include "intake/ReportService.h"
#include "leads/LeadService.h"
#include "people/IdNumber.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

namespace qf::test {

QString IntegrityFixture::idNumber(int sequence)
{
    const QString first17 = QStringLiteral("320102198%1%2")
                                .arg(sequence % 10)
                                .arg(QStringLiteral("0315%1").arg(sequence % 1000, 3, 10, QLatin1Char('0')));
    return first17 + people::idNumberCheckCharacter(first17);
}

people::Person IntegrityFixture::person(const QString& name, const QString& unit, const QString& idNumber)
{
    people::Person p;
    p.name = name;
    p.unit = unit;
    p.position = QStringLiteral("副局长");
    p.cadreLevel = QStringLiteral("county");
    p.idNumber = idNumber;
    return p;
}

void IntegrityFixture::pendingReport(const people::Person& subject)
{
    auto clerk = as(QStringLiteral("clerk"));
    intake::ReportDraft draft;
    draft.channel = intake::Channel::Letter;
    draft.receivedDate = QDate::currentDate().addDays(-2);
    draft.realName = false;
    draft.subjects << subject;
    draft.allegations = {QStringLiteral("gifts")};
    draft.sector = QStringLiteral("education");
    draft.summary = QStringLiteral("反映其收受礼金");
    auto registered = intake::ReportService(*clerk).registerReport(draft);
    REQUIRE(registered.ok());
}

QString IntegrityFixture::leadWith(const people::Person& subject, std::optional<int> disposition)
{
    QString uid;
    {
        auto lead = as(QStringLiteral("lead"));
        leads::LeadDraft draft;
        draft.source = QStringLiteral("self_found");
        draft.allegation = QStringLiteral("bribery");
        draft.summary = QStringLiteral("反映%1违规收受财物").arg(subject.name);
        draft.subjects << subject;
        auto registered = leads::LeadService(*lead).registerLead(draft);
        REQUIRE(registered.ok());
        uid = registered->uid;
    }
    if (disposition) {
        auto boss = as(QStringLiteral("boss"));
        auto decided =
            leads::LeadService(*boss).decideSingly(uid, leads::Disposition(*disposition), QStringLiteral("经研究决定"));
        INFO(decided.message().toStdString());
        REQUIRE(decided.ok());
    }
    return uid;
}

QString IntegrityFixture::openCase(const people::Person& subject)
{
    const QString leadUid = leadWith(subject, int(leads::Disposition::FileCase));
    auto lead = as(QStringLiteral("lead"));
    auto opened = cases::CaseService(*lead).fileCase(leadUid, subject.name + QStringLiteral("违纪案"));
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    return opened->uid;
}

qint64 IntegrityFixture::personId(const people::Person& subject)
{
    auto boss = as(QStringLiteral("boss"));
    const QString id = people::normaliseIdNumber(subject.idNumber);
    auto found = id.isEmpty()
                     ? storage::querySingleValue(boss->database(),
                                                 QStringLiteral("SELECT id FROM person WHERE name = ? AND unit = ? "
                                                                "ORDER BY id LIMIT 1"),
                                                 {subject.name, subject.unit})
                     : storage::querySingleValue(boss->database(),
                                                 QStringLiteral("SELECT id FROM person WHERE id_number = ?"), {id});
    REQUIRE(found.ok());
    REQUIRE(!found->isNull());
    return found->toLongLong();
}

} // namespace qf::test
