#include "reporting/IntegrityReplyLetter.h"

#include "reporting/IntegrityOpinionConclusion.h"

namespace qf::reporting {

namespace {

QString orNone(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("无") : text;
}

QString finalDetail(const OpinionEntry& entry)
{
    if (!entry.finalDetail.isEmpty())
        return entry.finalDetail;
    return entry.computed ? entry.computed->detail : QString();
}

} // namespace

QList<documents::TableColumn> replyColumns()
{
    // Weights in millimetres of the 156 mm text block: a name and a four-character post fit on one line at 小四,
    // short columns take their header on two lines, and the conclusion gets what is left.
    return {{QStringLiteral("序号"), 11.5},   {QStringLiteral("姓名"), 17},     {QStringLiteral("单位及职务"), 21},
            {QStringLiteral("拟任职务"), 21}, {QStringLiteral("信访举报"), 12}, {QStringLiteral("立案审查"), 18},
            {QStringLiteral("处分情况"), 24}, {QStringLiteral("结论"), 31.5}};
}

QList<QStringList> replyRows(const OpinionRequest& request)
{
    QList<QStringList> rows;
    for (const OpinionEntry& entry : request.entries) {
        const ComputedConclusion facts = entry.computed.value_or(ComputedConclusion{});
        rows << QStringList{QString::number(entry.seq),
                            entry.person.name,
                            entry.person.unit + entry.person.position,
                            entry.person.proposedPost,
                            facts.reports > 0 ? QStringLiteral("%1件").arg(facts.reports) : QStringLiteral("无"),
                            orNone(facts.openCases),
                            orNone(facts.sanctions),
                            finalDetail(entry)};
    }
    return rows;
}

documents::DocumentLayout replyLetterLayout(const OpinionRequest& request, const QString& organ, const QString& number,
                                            const QDate& date)
{
    using namespace documents;
    DocumentLayout layout;
    layout.kind = LayoutKind::Letter;
    layout.organMark = organ;
    layout.docNumber = number;
    const QString first = request.entries.isEmpty() ? QString() : request.entries.first().person.name;
    layout.title = request.entries.size() > 1
                       ? QStringLiteral("关于%1等%2名同志廉政意见的回复").arg(first).arg(request.entries.size())
                       : QStringLiteral("关于%1同志廉政意见的回复").arg(first);
    layout.addressee = request.requestingUnit;
    const QString reference = request.reference.isEmpty() ? QStringLiteral("征求廉政意见的函") : request.reference;
    layout.body << Paragraph{QStringLiteral("你部《%1》收悉。经查阅我委信访举报、问题线索、案件查办和处分等有关资料，"
                                            "现将有关人员的廉政情况回复如下：")
                                 .arg(reference),
                             0, true, false};
    Table table;
    table.columns = replyColumns();
    table.rows = replyRows(request);
    layout.body << table;
    QStringList checkers;
    for (const OpinionEntry& entry : request.entries)
        if (!entry.reviewedBy.isEmpty() && !checkers.contains(entry.reviewedBy))
            checkers << entry.reviewedBy;
    layout.body << Paragraph{QStringLiteral("审核人：%1").arg(checkers.join(u'、')), 0, true, false};
    layout.signature = SignatureBlock{organ, date};
    return layout;
}

} // namespace qf::reporting
