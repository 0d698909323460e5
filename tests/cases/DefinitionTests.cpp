#include "CaseFixture.h"
#include "workflow/CaseGuards.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkflowDefinition.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

QByteArray builtIn()
{
    QFile file(QStringLiteral(":/workflows/case.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString errorFor(QByteArray json, const QByteArray& from, const QByteArray& to)
{
    REQUIRE(json.contains(from));
    json.replace(from, to);
    auto parsed = workflow::WorkflowDefinition::parse(json, workflow::caseGuardNames());
    REQUIRE_FALSE(parsed.ok());
    return parsed.message();
}

} // namespace

TEST_CASE("the built-in case workflow is valid and has the default stages in order", "[definition]")
{
    auto parsed = workflow::WorkflowDefinition::parse(builtIn(), workflow::caseGuardNames());
    REQUIRE(parsed.ok());
    QStringList stages;
    for (const auto& stage : parsed->stages())
        stages << stage.labelZh;
    CHECK(stages.join(u'→') == QStringLiteral("初核→立案→审查调查→审理→处理决定→执行→结案→归档"));
    CHECK(parsed->stage(QStringLiteral("investigation"))->timeLimitMonths == 3);
    CHECK(parsed->stage(QStringLiteral("verification"))->extendableMonths == 1);
}

TEST_CASE("an invalid definition is rejected with a message naming the entry", "[definition]")
{
    const QByteArray json = builtIn();
    CHECK(errorFor(json, "\"to\": \"filed\"", "\"to\": \"filedd\"").contains(QLatin1String("transition 'file'")));
    CHECK(errorFor(json, "\"to\": \"filed\"", "\"to\": \"filedd\"").contains(QLatin1String("filedd")));
    CHECK(errorFor(json, "\"name\": \"no_open_measure\"", "\"name\": \"moon_phase\"")
              .contains(QLatin1String("moon_phase")));
    CHECK(
        errorFor(json, "\"request\": [\"reviewer\"]", "\"request\": [\"janitor\"]").contains(QLatin1String("janitor")));
    CHECK(errorFor(json, "\"id\": \"closed\"", "\"id\": \"archived\"").contains(QLatin1String("stage 'archived'")));
    CHECK(
        errorFor(json, "\"initial\": \"verification\"", "\"initial\": \"nowhere\"").contains(QLatin1String("nowhere")));
    CHECK(errorFor(json, "\"months\": 3,", "\"months\": 300,").contains(QLatin1String("investigation")));
    CHECK_FALSE(workflow::WorkflowDefinition::parse("{ not json", workflow::caseGuardNames()).ok());
}

TEST_CASE("an agency installs its own definition without recompiling; a bad one is refused", "[definition]")
{
    test::CaseFixture fixture;
    auto admin = fixture.as(QStringLiteral("admin"));
    workflow::CaseWorkflow engine(*admin);
    QByteArray json = builtIn();
    CHECK(engine.installDefinition(QByteArray(json).replace("\"to\": \"filed\"", "\"to\": \"x\"")).code() ==
          ErrorCode::Invalid);
    json.replace("\"months\": 2, \"extendable_months\": 1", "\"months\": 1, \"extendable_months\": 0");
    REQUIRE(engine.installDefinition(json).ok());
    auto loaded = workflow::CaseWorkflow::definition(admin->database());
    REQUIRE(loaded.ok());
    CHECK(loaded->stage(QStringLiteral("verification"))->timeLimitMonths == 1);
    auto lead = fixture.as(QStringLiteral("lead"));
    CHECK(workflow::CaseWorkflow(*lead).installDefinition(json).code() == ErrorCode::PermissionDenied);
}
