#include "reporting/IntegrityOpinionConclusion.h"

#include "documents/DocumentLayout.h"

#include <QStringList>

namespace qf::reporting {

using people::HistoryItem;

namespace {

QString caseStageTerm(const QString& stage)
{
    static const QHash<QString, QString> terms{{QStringLiteral("verification"), QStringLiteral("初核")},
                                               {QStringLiteral("filed"), QStringLiteral("立案")},
                                               {QStringLiteral("investigation"), QStringLiteral("审查调查")},
                                               {QStringLiteral("review"), QStringLiteral("审理")},
                                               {QStringLiteral("decision"), QStringLiteral("处理决定")},
                                               {QStringLiteral("execution"), QStringLiteral("处分执行")},
                                               {QStringLiteral("closed"), QStringLiteral("已结案")},
                                               {QStringLiteral("archived"), QStringLiteral("已结案归档")}};
    return terms.value(stage, stage);
}

// "status/disposition" as stored by subjectHistoryWithin.
QString leadStateTerm(const QString& state)
{
    static const QHash<QString, QString> terms{
        {QStringLiteral("inquiry"), QStringLiteral("谈话函询中")},
        {QStringLiteral("preliminary_verification"), QStringLiteral("初步核实中")},
        {QStringLiteral("hold"), QStringLiteral("暂存待查")},
        {QStringLiteral("close"), QStringLiteral("予以了结")},
        {QStringLiteral("forward"), QStringLiteral("已移交有管辖权机关")},
        {QStringLiteral("file_case"), QStringLiteral("已立案")}};
    const QString disposition = state.section(u'/', 1);
    if (disposition.isEmpty())
        return state == QLatin1String("closed") ? QStringLiteral("已了结") : QStringLiteral("待集体排查");
    return terms.value(disposition, disposition);
}

QString describe(const HistoryItem& item)
{
    switch (item.kind) {
    case HistoryItem::Kind::Report:
        return item.open ? QStringLiteral("信访举报件待处理") : QStringLiteral("信访举报件已处理");
    case HistoryItem::Kind::Lead:
        // Lead numbers stay inside the office (a lead may be confidential); the reply names only the state.
        return QStringLiteral("问题线索%1").arg(leadStateTerm(item.state));
    case HistoryItem::Kind::Case:
        return QStringLiteral("案件%1%2").arg(item.number, caseStageTerm(item.state));
    case HistoryItem::Kind::Sanction:
    case HistoryItem::Kind::OrganizationalMeasure:
        break;
    }
    return item.summary;
}

} // namespace

ComputedConclusion concludeFrom(const people::SubjectHistory& history, const QDate& asOf)
{
    ComputedConclusion facts;
    facts.reports = history.reportsReceived();
    QStringList sanctions;
    bool blocked = false;
    for (const people::SanctionPeriod& sanction : history.sanctions) {
        const bool inEffect = people::blocksAppointment(sanction, asOf);
        sanctions << QStringLiteral("%1（%2，影响期至%3%4）")
                         .arg(sanction.term, sanction.decisionNumber, documents::chineseDate(sanction.effectEndsOn),
                              inEffect ? QStringLiteral("，尚在影响期内") : QStringLiteral("，已期满"));
        if (inEffect) {
            blocked = true;
            if (!facts.sanctionEndsOn.isValid() || sanction.effectEndsOn > facts.sanctionEndsOn)
                facts.sanctionEndsOn = sanction.effectEndsOn;
        }
    }
    facts.sanctions = sanctions.join(u'；');
    QStringList open;
    QStringList openCases;
    QStringList outcomes;
    bool anything = !history.sanctions.isEmpty();
    for (const HistoryItem& item : history.items) {
        if (item.kind == HistoryItem::Kind::Sanction || item.kind == HistoryItem::Kind::OrganizationalMeasure)
            continue;
        anything = true;
        if (item.open && item.kind == HistoryItem::Kind::Case)
            openCases << describe(item);
        if (item.open)
            open << describe(item);
        else if (item.kind != HistoryItem::Kind::Report)
            outcomes << describe(item);
    }
    open.removeDuplicates();
    outcomes.removeDuplicates();
    facts.openMatters = open.join(u'；');
    facts.openCases = openCases.join(u'；');
    if (blocked)
        facts.conclusion = OpinionConclusion::SanctionInEffect;
    else if (!open.isEmpty())
        facts.conclusion = OpinionConclusion::UnderInvestigation;
    else if (anything)
        facts.conclusion = OpinionConclusion::Closed;
    else
        facts.conclusion = OpinionConclusion::NoReports;
    ComputedConclusion withOutcomes = facts;
    withOutcomes.openMatters = facts.conclusion == OpinionConclusion::Closed ? outcomes.join(u'；') : facts.openMatters;
    facts.detail = conclusionSentence(facts.conclusion, withOutcomes);
    return facts;
}

QString conclusionSentence(OpinionConclusion conclusion, const ComputedConclusion& facts)
{
    switch (conclusion) {
    case OpinionConclusion::NoReports:
        return QStringLiteral("截至目前，未收到反映该同志问题的信访举报，未发现影响其任用的问题。");
    case OpinionConclusion::Closed:
        return facts.openMatters.isEmpty() ? QStringLiteral("反映该同志的问题已办结，未发现影响其任用的问题。")
                                           : QStringLiteral("反映该同志的问题已办结（%1）。").arg(facts.openMatters);
    case OpinionConclusion::UnderInvestigation:
        return facts.openMatters.isEmpty()
                   ? QStringLiteral("反映该同志的问题正在核查，建议暂缓任用。")
                   : QStringLiteral("反映该同志的问题正在核查（%1），建议暂缓任用。").arg(facts.openMatters);
    case OpinionConclusion::SanctionInEffect:
        return QStringLiteral("该同志受到的处分尚在影响期内（至%1），不得提拔任用。")
            .arg(documents::chineseDate(facts.sanctionEndsOn));
    }
    return {};
}

} // namespace qf::reporting
