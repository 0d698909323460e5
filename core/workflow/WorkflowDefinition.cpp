#include "workflow/WorkflowDefinition.h"

#include "access/Role.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace qf::workflow {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::workflow::WorkflowDefinition)
};

Error invalid(const QString& where, const QString& what)
{
    return makeError(ErrorCode::Invalid, Messages::tr("Workflow definition error at %1: %2").arg(where, what));
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

Result<StageDefinition> parseStage(const QJsonObject& object, int index)
{
    StageDefinition stage;
    stage.id = object.value(QStringLiteral("id")).toString();
    const QString where =
        stage.id.isEmpty() ? QStringLiteral("stages[%1]").arg(index) : QStringLiteral("stage '%1'").arg(stage.id);
    if (stage.id.isEmpty())
        return invalid(where, Messages::tr("a stage needs an id"));
    const QJsonObject label = object.value(QStringLiteral("label")).toObject();
    stage.labelZh = label.value(QStringLiteral("zh_CN")).toString();
    stage.labelEn = label.value(QStringLiteral("en")).toString();
    if (stage.labelZh.isEmpty())
        return invalid(where, Messages::tr("a stage needs a zh_CN label"));
    const QJsonObject limit = object.value(QStringLiteral("time_limit")).toObject();
    stage.timeLimitMonths = limit.value(QStringLiteral("months")).toInt();
    stage.extendableMonths = limit.value(QStringLiteral("extendable_months")).toInt();
    if (stage.timeLimitMonths < 0 || stage.timeLimitMonths > 60 || stage.extendableMonths < 0 ||
        stage.extendableMonths > 12)
        return invalid(where, Messages::tr("time limits are 0 to 60 months, extensions 0 to 12"));
    stage.final = object.value(QStringLiteral("final")).toBool();
    return stage;
}

} // namespace

QString StageDefinition::label(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) || labelEn.isEmpty() ? labelZh : labelEn;
}

Result<WorkflowDefinition> WorkflowDefinition::fromResource(const QString& name, const QStringList& knownGuards)
{
    QFile file(QStringLiteral(":/workflows/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Messages::tr("There is no built-in workflow named %1.").arg(name));
    return parse(file.readAll(), knownGuards);
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QByteArray& json, const QStringList& knownGuards)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Messages::tr("offset %1").arg(parseError.offset), parseError.errorString());
    const QJsonObject root = document.object();
    WorkflowDefinition definition;
    definition.m_name = root.value(QStringLiteral("name")).toString();
    definition.m_initial = root.value(QStringLiteral("initial")).toString();
    if (definition.m_name.isEmpty())
        return invalid(QStringLiteral("name"), Messages::tr("the workflow needs a name"));

    QSet<QString> stageIds;
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    for (int i = 0; i < stages.size(); ++i) {
        auto stage = parseStage(stages.at(i).toObject(), i);
        if (!stage.ok())
            return stage.error();
        if (stageIds.contains(stage->id))
            return invalid(QStringLiteral("stage '%1'").arg(stage->id), Messages::tr("the id is used twice"));
        stageIds.insert(stage->id);
        definition.m_stages << stage.value();
    }
    if (definition.m_stages.isEmpty())
        return invalid(QStringLiteral("stages"), Messages::tr("a workflow needs stages"));
    if (!stageIds.contains(definition.m_initial))
        return invalid(QStringLiteral("initial"), Messages::tr("unknown stage '%1'").arg(definition.m_initial));

    QSet<QString> transitionIds;
    const QJsonArray transitions = root.value(QStringLiteral("transitions")).toArray();
    for (int i = 0; i < transitions.size(); ++i) {
        const QJsonObject object = transitions.at(i).toObject();
        TransitionDefinition transition;
        transition.id = object.value(QStringLiteral("id")).toString();
        const QString where = transition.id.isEmpty() ? QStringLiteral("transitions[%1]").arg(i)
                                                      : QStringLiteral("transition '%1'").arg(transition.id);
        if (transition.id.isEmpty() || transitionIds.contains(transition.id))
            return invalid(where, Messages::tr("a transition needs a unique id"));
        transitionIds.insert(transition.id);
        transition.from = stringList(object.value(QStringLiteral("from")));
        transition.to = object.value(QStringLiteral("to")).toString();
        if (transition.from.isEmpty())
            return invalid(where, Messages::tr("'from' lists no stage"));
        for (const QString& from : std::as_const(transition.from))
            if (!stageIds.contains(from))
                return invalid(where, Messages::tr("unknown stage '%1' in 'from'").arg(from));
        if (!stageIds.contains(transition.to))
            return invalid(where, Messages::tr("unknown stage '%1' in 'to'").arg(transition.to));
        transition.requestRoles = stringList(object.value(QStringLiteral("request")));
        transition.approveRole = object.value(QStringLiteral("approve")).toString();
        if (transition.requestRoles.isEmpty())
            return invalid(where, Messages::tr("'request' names no role"));
        for (const QString& role : std::as_const(transition.requestRoles))
            if (!access::roleFromKey(role))
                return invalid(where, Messages::tr("unknown role '%1'").arg(role));
        if (!transition.approveRole.isEmpty() && !access::roleFromKey(transition.approveRole))
            return invalid(where, Messages::tr("unknown role '%1'").arg(transition.approveRole));
        const QJsonArray guards = object.value(QStringLiteral("guards")).toArray();
        for (const QJsonValue& value : guards) {
            GuardSpec guard{value.toObject().value(QStringLiteral("name")).toString(), value.toObject()};
            if (!knownGuards.contains(guard.name))
                return invalid(where, Messages::tr("unknown guard '%1'").arg(guard.name));
            transition.guards << guard;
        }
        definition.m_transitions << transition;
    }
    return definition;
}

const StageDefinition* WorkflowDefinition::stage(const QString& id) const
{
    for (const StageDefinition& stage : m_stages)
        if (stage.id == id)
            return &stage;
    return nullptr;
}

const TransitionDefinition* WorkflowDefinition::transition(const QString& id) const
{
    for (const TransitionDefinition& transition : m_transitions)
        if (transition.id == id)
            return &transition;
    return nullptr;
}

QList<const TransitionDefinition*> WorkflowDefinition::transitionsFrom(const QString& stageId) const
{
    QList<const TransitionDefinition*> result;
    for (const TransitionDefinition& transition : m_transitions)
        if (transition.from.contains(stageId))
            result << &transition;
    return result;
}

} // namespace qf::workflow
