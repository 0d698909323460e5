#include "ArchiveFixture.h"
#include "CatalogCase.h"
#include "IntegrityFixture.h"
#include "SanctionSupport.h"
#include "archive/RecordCatalog.h"
#include "cases/CoordinationService.h"
#include "cases/ReviewService.h"
#include "documents/DocumentService.h"
#include "leads/LeadService.h"
#include "leads/ReviewService.h"
#include "people/IntegrityFileService.h"
#include "property/PropertyService.h"
#include "reporting/IntegrityOpinionService.h"
#include "reporting/RecommendationLetterService.h"
#include "sanctions/AssetRecoveryService.h"
#include "sanctions/SanctionService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::ArchiveFixture;

namespace {

// The record types added by migrations 0008 to 0010 that a case of vault A carries in these tests.
const QStringList kNewTypes = {
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
    QStringLiteral("document"),
    QStringLiteral("document_property_item"),
    QStringLiteral("property_action_document"),
};

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Fills vault A's case with one of each new record: a sanction changed on appeal, its execution steps (one done),
// a recovery, a transfer, an assistance request, a recommendation letter with feedback, a seizure tied to its
// approved seizure list, and, outside the case, a cadre's integrity file and an integrity opinion request.
void populate(ArchiveFixture& fixture)
{
    test::CaseFixture& a = fixture.a();
    const QString caseUid = fixture.caseUid();
    {
        auto reviewer = a.as(QStringLiteral("rev1"));
        const QString person = test::subjectOf(*reviewer, caseUid);
        const QString first =
            test::decideAsReviewer(a, caseUid,
                                   test::termsFor(person, sanctions::SanctionKind::MajorDemerit, date("2025-03-01"),
                                                  QStringLiteral("苏纪处〔2025〕7号")));
        auto appeal = cases::CaseReviewService(*reviewer).lodgeAppeal(
            caseUid, QStringLiteral("郑国强"), QStringLiteral("认为处分过重"), date("2025-03-20"));
        REQUIRE(appeal.ok());
        sanctions::Reexamination change{appeal.value(),
                                        first,
                                        cases::AppealOutcome::Change,
                                        QStringLiteral("经复查，情节较轻，改为记过处分。"),
                                        QStringLiteral("苏纪复〔2025〕3号"),
                                        date("2025-05-06"),
                                        sanctions::SanctionKind::Demerit,
                                        0};
        auto changed = sanctions::SanctionService(*reviewer).reexamine(change);
        INFO(changed.message().toStdString());
        REQUIRE(changed.ok());
    }
    auto lead = a.as(QStringLiteral("lead"));
    auto inv = a.as(QStringLiteral("inv"));
    auto steps = sanctions::SanctionService(*inv).executionOf(caseUid);
    REQUIRE(steps.ok());
    REQUIRE_FALSE(steps->isEmpty());
    REQUIRE(sanctions::SanctionService(*inv)
                .recordExecution(steps->last().uid, date("2025-05-10"), QStringLiteral("已在单位大会宣布"))
                .ok());
    REQUIRE(sanctions::AssetRecoveryService(*lead)
                .record(caseUid, 12345600, QStringLiteral("CNY"), date("2025-04-02"), QStringLiteral("主动退缴"))
                .ok());

    cases::CaseTransferDraft transfer;
    transfer.caseUid = caseUid;
    transfer.outgoing = true;
    transfer.agencyKind = QStringLiteral("procuratorate");
    transfer.agency = QStringLiteral("某市人民检察院");
    transfer.materials = {QStringLiteral("起诉意见书"), QStringLiteral("证据材料（12册）")};
    transfer.transferOn = date("2025-04-01");
    transfer.feedbackDue = date("2025-05-01");
    REQUIRE(cases::CoordinationService(*lead).recordTransfer(transfer).ok());
    cases::AssistanceRequestDraft request;
    request.caseUid = caseUid;
    request.recipientKind = QStringLiteral("bank");
    request.recipient = QStringLiteral("某银行股份有限公司某市分行");
    request.request = QStringLiteral("郑国强名下账户2020年1月1日以来的交易明细");
    request.sentOn = date("2025-04-03");
    request.replyDue = date("2025-04-18");
    REQUIRE(cases::CoordinationService(*lead).sendAssistanceRequest(request).ok());

    reporting::RecommendationLetterDraft letter;
    letter.caseUid = caseUid;
    letter.problems = QStringLiteral("工程招投标监管缺位");
    letter.causes = QStringLiteral("内控制度不健全");
    letter.measures = QStringLiteral("建立招投标全过程留痕制度");
    letter.issuedOn = QDate::currentDate().addDays(-20);
    letter.replyDue = QDate::currentDate().addDays(10);
    auto letterUid = reporting::RecommendationLetterService(*lead).create(letter);
    REQUIRE(letterUid.ok());
    REQUIRE(reporting::RecommendationLetterService(*lead)
                .recordFeedback(letterUid.value(), QDate::currentDate().addDays(-2), QStringLiteral("已整改"))
                .ok());

    const people::Person cadre = test::IntegrityFixture::person(QStringLiteral("吴廉洁"), QStringLiteral("某区发改委"),
                                                                test::IntegrityFixture::idNumber(31));
    auto file = people::IntegrityFileService(*inv).openFile(cadre);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    people::PersonalMattersReport yearly;
    yearly.year = QDate::currentDate().year() - 1;
    yearly.realEstate = QStringLiteral("住房2套");
    yearly.incomeCents = 25000000;
    REQUIRE(people::IntegrityFileService(*inv).recordPersonalMatters(file->uid, yearly).ok());
    REQUIRE(people::IntegrityFileService(*inv)
                .raiseFlag(file->uid, people::AnomalyKind::UndeclaredPassport, QStringLiteral("持有未申报的因私护照"))
                .ok());
    reporting::OpinionRequestDraft opinion{
        QStringLiteral("中共某市委组织部"),
        QStringLiteral("关于征求吴廉洁同志廉政意见的函"),
        QDate::currentDate().addDays(-1),
        {reporting::RequestedPerson{cadre.name, cadre.idNumber, cadre.unit, cadre.position,
                                    QStringLiteral("区发改委主任")}}};
    auto opinionUid = reporting::IntegrityOpinionService(*inv).createRequest(opinion);
    INFO(opinionUid.message().toStdString());
    REQUIRE(opinionUid.ok());

    const QString measure = test::approvedMeasure(a, caseUid, QStringLiteral("seizure"));
    const QString cash = test::registerCash(*lead, caseUid, 10000, 10, QStringLiteral("EF1"));
    auto list = documents::DocumentService(*lead).create(QStringLiteral("seizure_list"), caseUid);
    REQUIRE(list.ok());
    REQUIRE(documents::DocumentService(*a.as(QStringLiteral("boss"))).approve(list->uid).ok());
    auto seized = property::PropertyService(*lead).act(cash, QStringLiteral("seize"),
                                                       test::signerFor(QStringLiteral("inv")), measure);
    INFO(seized.message().toStdString());
    REQUIRE(seized.ok());
}

// Every record of the given types in the vault, keyed by type and uid (rows without a uid by their content). A
// reference to a row without a uid of its own is replaced by that row's content, which is the same in both vaults.
QMap<QString, QString> documentsOf(const QSqlDatabase& db, const QStringList& types)
{
    archive::RecordCatalog catalog(db);
    REQUIRE(catalog.load().ok());
    auto ids = catalog.collect({archive::ExportScope::Kind::Vault, {}});
    REQUIRE(ids.ok());
    QHash<QString, QString> uidless;
    for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
        if (catalog.table(it.key())->hasUid)
            continue;
        auto rows = catalog.docsForRows(it.key(), it.value());
        REQUIRE(rows.ok());
        for (archive::RecordDoc& doc : rows.value()) {
            const QString synthetic = doc.uid;
            doc.uid.clear();
            uidless.insert(synthetic, QString::fromUtf8(doc.canonical()));
        }
    }
    QMap<QString, QString> docs;
    for (const QString& type : types) {
        auto typeDocs = catalog.docsForRows(type, ids->value(type));
        REQUIRE(typeDocs.ok());
        for (archive::RecordDoc& doc : typeDocs.value()) {
            if (!catalog.table(type)->hasUid)
                doc.uid.clear();
            for (auto field = doc.fields.begin(); field != doc.fields.end(); ++field)
                if (uidless.contains(field.value().toString()))
                    field.value() = uidless.value(field.value().toString());
            const QString canonical = QString::fromUtf8(doc.canonical());
            docs.insert(type + u'/' + (doc.uid.isEmpty() ? canonical : doc.uid), canonical);
        }
    }
    return docs;
}

Result<archive::ExportResult> exportVault(ArchiveFixture& fixture, const QString& path)
{
    auto auditor = fixture.a().as(QStringLiteral("auditor"));
    const crypto::SecretBytes secret = test::passphrase();
    archive::ExportOptions options;
    options.scope = {archive::ExportScope::Kind::Vault, {}};
    options.outputPath = path;
    options.keying.passphrase = &secret;
    options.keying.kdf = crypto::KdfParams::fastForTesting();
    return archive::ArchiveExporter(*auditor).exportArchive(options);
}

} // namespace

TEST_CASE("every table of the schema travels in archives or is listed as local with a reason", "[archive][catalog]")
{
    test::TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    auto rows = storage::runQuery(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    REQUIRE(rows.ok());
    QStringList tables;
    QStringList virtualTables;
    while (rows->next()) {
        tables << rows->value(0).toString();
        if (rows->value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << rows->value(0).toString();
    }
    REQUIRE(tables.size() > 60);
    const QStringList& exported = archive::RecordCatalog::importOrder();
    const QMap<QString, QString>& local = archive::RecordCatalog::localTables();
    for (const QString& name : std::as_const(tables)) {
        // The shadow tables of a full-text index belong to the index.
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                        [&](const QString& index) { return name.startsWith(index + u'_'); });
        if (shadow)
            continue;
        INFO("table " << name.toStdString() << " is neither exported nor listed as local");
        CHECK((exported.contains(name) != local.contains(name)));
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        INFO("local table " << it.key().toStdString());
        CHECK(tables.contains(it.key()));
        CHECK(it.value().size() > 10);
    }
    // Every exported table is reached by the collection of a whole vault.
    archive::RecordCatalog catalog(db);
    REQUIRE(catalog.load().ok());
    auto ids = catalog.collect({archive::ExportScope::Kind::Vault, {}});
    REQUIRE(ids.ok());
    for (const QString& type : exported) {
        INFO("exported table " << type.toStdString());
        CHECK(tables.contains(type));
        if (type != QLatin1String(archive::RecordCatalog::kUserType))
            CHECK(ids->contains(type));
    }
    CHECK(catalog.table(QStringLiteral("sanction"))->appendOnly);
    CHECK(catalog.table(QStringLiteral("property_action_document"))->appendOnly);
    CHECK_FALSE(catalog.table(QStringLiteral("execution_step"))->appendOnly);
}

TEST_CASE("sanctions, coordination, integrity records and property documents travel from A to B", "[archive][catalog]")
{
    ArchiveFixture fixture;
    populate(fixture);
    auto aSession = fixture.a().as(QStringLiteral("auditor"));
    const QSqlDatabase aDb = aSession->database();

    // A case archive carries what belongs to the case, not the organ's opinion requests.
    auto caseArchive = fixture.exportCase(fixture.work(QStringLiteral("case.qfa")));
    INFO(caseArchive.message().toStdString());
    REQUIRE(caseArchive.ok());
    CHECK(caseArchive->counts.value(QStringLiteral("sanction")) == 2);
    CHECK(caseArchive->counts.value(QStringLiteral("execution_step")) >= 2);
    CHECK(caseArchive->counts.value(QStringLiteral("asset_recovery")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("case_transfer")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("assistance_request")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("recommendation_letter")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("rectification_feedback")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("document")) >= 1);
    CHECK(caseArchive->counts.value(QStringLiteral("document_property_item")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("property_action_document")) == 1);
    CHECK(caseArchive->counts.value(QStringLiteral("integrity_request")) == 0);
    CHECK(caseArchive->counts.value(QStringLiteral("integrity_file")) == 0);

    const QString path = fixture.work(QStringLiteral("vault.qfa"));
    auto exported = exportVault(fixture, path);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
    for (const QString& type : kNewTypes) {
        INFO("type " << type.toStdString());
        CHECK(exported->counts.value(type) >= 1);
    }

    fixture.trustAinB();
    auto imported = fixture.importIntoB(path);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    for (const auto& conflict : imported->conflicts)
        UNSCOPED_INFO(conflict.type.toStdString()
                      << " " << conflict.uid.toStdString() << " " << conflict.reason.toStdString());
    CHECK(imported->conflicts.isEmpty());

    const QSqlDatabase bDb = fixture.b().admin().database();
    const QMap<QString, QString> inA = documentsOf(aDb, kNewTypes);
    const QMap<QString, QString> inB = documentsOf(bDb, kNewTypes);
    CHECK(inA.size() >= kNewTypes.size());
    CHECK(inA.size() == inB.size());
    for (auto it = inA.cbegin(); it != inA.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(inB.value(it.key()).toStdString() == it.value().toStdString());
    }
    // The changed sanction still points at the version it superseded, by uid.
    auto successor = storage::querySingleValue(
        bDb, QStringLiteral("SELECT count(*) FROM sanction s JOIN sanction o ON s.supersedes = o.id WHERE s.appeal_id "
                            "IS NOT NULL"));
    REQUIRE(successor.ok());
    CHECK(successor->toLongLong() == 1);

    const auto before = fixture.snapshotB();
    auto again = fixture.importIntoB(path);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->conflicts.isEmpty());
    CHECK(fixture.snapshotB() == before);
    auto caseAgain = fixture.importIntoB(fixture.work(QStringLiteral("case.qfa")));
    REQUIRE(caseAgain.ok());
    CHECK(caseAgain->added == 0);
    CHECK(fixture.snapshotB() == before);
}

TEST_CASE("a lead travels with its collective-review meeting, the attendance and the disposition", "[archive][catalog]")
{
    ArchiveFixture fixture;
    QString leadUid;
    {
        auto lead = fixture.a().as(QStringLiteral("lead"));
        auto registered = leads::LeadService(*lead).registerLead(test::leadAbout(
            QStringLiteral("反映某所长违规发放津贴"), QStringLiteral("孙某某"), QStringLiteral("某区税务所")));
        REQUIRE(registered.ok());
        leadUid = registered->uid;
    }
    {
        auto boss = fixture.a().as(QStringLiteral("boss"));
        leads::ReviewService reviews(*boss);
        auto schedules = reviews.schedules();
        REQUIRE(schedules.ok());
        REQUIRE_FALSE(schedules->isEmpty());
        leads::ReviewMeetingRecord meeting;
        meeting.scheduleUid = schedules->first().uid;
        meeting.heldOn = QDate::currentDate();
        for (int i = 0; i < 7; ++i)
            meeting.attendees << leads::Attendee{QStringLiteral("委员%1").arg(i + 1), true,
                                                 i == 0 ? QStringLiteral("应当立即初核。") : QStringLiteral("同意"),
                                                 i == 0};
        meeting.summary = QStringLiteral("集体排查");
        leads::LeadDecision decision;
        decision.leadUid = leadUid;
        decision.disposition = leads::Disposition::PreliminaryVerification;
        decision.reason = QStringLiteral("反映具体，可查性强");
        meeting.decisions << decision;
        auto recorded = reviews.recordMeeting(meeting);
        INFO(recorded.message().toStdString());
        REQUIRE(recorded.ok());
    }
    auto auditor = fixture.a().as(QStringLiteral("auditor"));
    const crypto::SecretBytes secret = test::passphrase();
    archive::ExportOptions options;
    options.scope = {archive::ExportScope::Kind::Leads, {leadUid}};
    options.outputPath = fixture.work(QStringLiteral("lead.qfa"));
    options.keying.passphrase = &secret;
    options.keying.kdf = crypto::KdfParams::fastForTesting();
    auto exported = archive::ArchiveExporter(*auditor).exportArchive(options);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
    CHECK(exported->counts.value(QStringLiteral("lead_disposition")) == 1);
    CHECK(exported->counts.value(QStringLiteral("review_meeting")) == 1);
    CHECK(exported->counts.value(QStringLiteral("review_attendee")) == 7);

    fixture.trustAinB();
    auto imported = fixture.importIntoB(options.outputPath);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    for (const auto& conflict : imported->conflicts)
        UNSCOPED_INFO(conflict.type.toStdString() << " " << conflict.reason.toStdString());
    CHECK(imported->conflicts.isEmpty());
    const QStringList types{QStringLiteral("lead_disposition"), QStringLiteral("review_meeting"),
                            QStringLiteral("review_attendee")};
    const QMap<QString, QString> inA = documentsOf(auditor->database(), types);
    const QMap<QString, QString> inB = documentsOf(fixture.b().admin().database(), types);
    // B held none of these: it now holds the lead's disposition, its meeting and the seven attendees, as in A.
    CHECK(inB.size() == 9);
    for (auto it = inB.cbegin(); it != inB.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(inA.value(it.key()).toStdString() == it.value().toStdString());
    }
    auto dissent = storage::querySingleValue(
        fixture.b().admin().database(),
        QStringLiteral("SELECT a.opinion FROM review_attendee a JOIN review_meeting m ON m.id = a.meeting_id "
                       "JOIN lead_disposition d ON d.meeting_id = m.id JOIN lead l ON l.id = d.lead_id "
                       "WHERE l.uid = ? AND a.dissent = 1"),
        {leadUid});
    REQUIRE(dissent.ok());
    CHECK(dissent->toString() == QStringLiteral("应当立即初核。"));

    // A second import is a no-op.
    auto again = fixture.importIntoB(options.outputPath);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
}
