#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf::workflow {

struct StageDefinition
{
    QString id;
    QString labelZh;
    QString labelEn;
    int timeLimitMonths = 0; // 0: no time limit
    int extendableMonths = 0;
    bool final = false;

    QString label(const QString& language) const;
};

struct GuardSpec
{
    QString name;
    QJsonObject params;
};

struct TransitionDefinition
{
    QString id;
    QStringList from;
    QString to;
    QStringList requestRoles; // role keys
    QString approveRole;      // empty: takes effect on request
    QList<GuardSpec> guards;
};

// A workflow as data (resources/workflows/*.json, or an agency's own copy in the vault), validated on load.
class WorkflowDefinition
{
public:
    // Parses and validates; an error names the bad entry. knownGuards lists the guard names the engine provides.
    static Result<WorkflowDefinition> parse(const QByteArray& json, const QStringList& knownGuards);
    static Result<WorkflowDefinition> fromResource(const QString& name, const QStringList& knownGuards);

    const QString& name() const { return m_name; }
    const QString& initialStage() const { return m_initial; }
    const QList<StageDefinition>& stages() const { return m_stages; }
    const QList<TransitionDefinition>& transitions() const { return m_transitions; }
    const StageDefinition* stage(const QString& id) const;
    const TransitionDefinition* transition(const QString& id) const;
    QList<const TransitionDefinition*> transitionsFrom(const QString& stageId) const;

private:
    QString m_name;
    QString m_initial;
    QList<StageDefinition> m_stages;
    QList<TransitionDefinition> m_transitions;
};

} // namespace qf::workflow
