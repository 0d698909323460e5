#include "documents/CaseBindings.h"

#include "cases/CaseRepository.h"
#include "documents/DocumentService.h"
#include "evidence/EvidenceService.h"
#include "people/Masking.h"
#include "property/Money.h"
#include "property/PropertyService.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace qf::documents {

namespace {

// Free functions: lupdate files their strings under the namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents", text);
}

// 2026年3月5日9时30分
QString chineseTime(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return chineseDate(local.date()) +
           QStringLiteral("%1时%2分").arg(local.time().hour()).arg(local.time().minute(), 2, 10, QLatin1Char('0'));
}

QString teamRoleTerm(cases::TeamRole role)
{
    switch (role) {
    case cases::TeamRole::LeadInvestigator:
        return QStringLiteral("主办人");
    case cases::TeamRole::Member:
        return QStringLiteral("办案组成员");
    case cases::TeamRole::Reviewer:
        return QStringLiteral("审理人员");
    }
    return {};
}

void bindTeam(const cases::Case& c, Fields& fields)
{
    QStringList signatures;
    QStringList reviewers;
    QStringList reviewerSignatures;
    for (const cases::TeamMember& member : c.team) {
        const QString line =
            QStringLiteral("%1：%2　　签名：　　　　　　日期：").arg(teamRoleTerm(member.role), member.displayName);
        if (member.role == cases::TeamRole::Reviewer) {
            reviewers << member.displayName;
            reviewerSignatures << line;
        } else {
            signatures << line;
        }
        if (member.role == cases::TeamRole::LeadInvestigator)
            fields.insert(QStringLiteral("lead_investigator"), member.displayName);
    }
    fields.insert(QStringLiteral("team_signatures"), signatures.join(u'\n'));
    fields.insert(QStringLiteral("reviewers"), reviewers.join(u'、'));
    fields.insert(QStringLiteral("reviewer_signatures"), reviewerSignatures.join(u'\n'));
}

// Each evidence item names the alleged facts it supports, one to a line (or separated by ；). A fact is printed
// once, with the numbers of every item that supports it, in the order the facts first appear.
Status bindFacts(access::Session& session, const cases::Case& c, Fields& fields)
{
    auto items = evidence::EvidenceService(session).evidenceOf(c.uid);
    if (!items.ok())
        return items.error();
    static const QRegularExpression separators(QStringLiteral("[\\n；;]"));
    QStringList facts;
    QMap<QString, QStringList> support;
    for (const evidence::EvidenceItem& item : items.value()) {
        for (QString fact : item.facts.split(separators, Qt::SkipEmptyParts)) {
            fact = fact.trimmed();
            while (fact.endsWith(u'。'))
                fact.chop(1);
            if (fact.isEmpty())
                continue;
            if (!support.contains(fact))
                facts << fact;
            support[fact] << QString::number(item.seq);
        }
    }
    QStringList holders;
    for (const evidence::EvidenceItem& item : items.value())
        if (!item.holder.isEmpty() && !holders.contains(item.holder))
            holders << item.holder;
    fields.insert(QStringLiteral("holder"), holders.join(u'、'));
    QStringList lines;
    for (qsizetype i = 0; i < facts.size(); ++i)
        lines << QStringLiteral("%1. %2。（证据：第%3号）")
                     .arg(i + 1)
                     .arg(facts.at(i), support.value(facts.at(i)).join(u'、'));
    fields.insert(QStringLiteral("facts_found"), lines.join(u'\n'));
    fields.insert(QStringLiteral("evidence_count"), QString::number(items->size()));
    return {};
}

QString stateTerm(const QString& state)
{
    static const QMap<QString, QString> terms{
        {QStringLiteral("registered"), QStringLiteral("登记")},
        {QStringLiteral("seized"), QStringLiteral("暂扣")},
        {QStringLiteral("sealed"), QStringLiteral("封存")},
        {QStringLiteral("handed_over"), QStringLiteral("移交")},
        {QStringLiteral("in_custody"), QStringLiteral("保管")},
        {QStringLiteral("returned"), QStringLiteral("退还")},
        {QStringLiteral("confiscated"), QStringLiteral("没收上缴")},
        {QStringLiteral("transferred_to_judiciary"), QStringLiteral("随案移送司法机关")}};
    return terms.value(state, state);
}

// Amounts on forms are in yuan unless another currency is named.
QString amountText(qint64 cents, const QString& currency)
{
    QString text = property::formatAmount(cents, currency);
    if (currency == QLatin1String("CNY"))
        text.chop(4);
    return text;
}

QString totals(const QMap<QString, qint64>& byCurrency)
{
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << property::formatAmount(it.value(), it.key());
    return parts.join(QStringLiteral("，"));
}

QString listTotals(const QMap<QString, qint64>& byCurrency)
{
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << amountText(it.value(), it.key());
    return parts.join(QStringLiteral("；"));
}

Status bindPropertySummary(access::Session& session, const cases::Case& c, Fields& fields)
{
    auto ledger = property::PropertyService(session).ledger(c.uid);
    if (!ledger.ok())
        return ledger.error();
    if (ledger->isEmpty()) {
        fields.insert(QStringLiteral("property_summary"), QStringLiteral("本案未暂扣、封存涉案款物。"));
        return {};
    }
    QMap<QString, int> byState;
    QMap<QString, qint64> byCurrency;
    for (const property::PropertyItem& item : ledger.value()) {
        byState[stateTerm(item.state)] += 1;
        byCurrency[item.currency] += item.amountCents;
    }
    QStringList states;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        states << QStringLiteral("%1%2项").arg(it.key()).arg(it.value());
    fields.insert(QStringLiteral("property_summary"), QStringLiteral("本案登记涉案款物%1项，合计%2；其中%3。")
                                                          .arg(ledger->size())
                                                          .arg(totals(byCurrency), states.join(QStringLiteral("，"))));
    return {};
}

QString appealOutcomeTerm(const QString& outcome)
{
    if (outcome == QLatin1String("maintain"))
        return QStringLiteral("维持原处理决定");
    if (outcome == QLatin1String("change"))
        return QStringLiteral("变更原处理决定");
    if (outcome == QLatin1String("revoke"))
        return QStringLiteral("撤销原处理决定");
    return {};
}

QString sexFromIdNumber(const QString& idNumber)
{
    if (idNumber.size() != 18 || !idNumber.at(16).isDigit())
        return {};
    return idNumber.at(16).digitValue() % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女");
}

QString birthFromIdNumber(const QString& idNumber)
{
    const QDate birth = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    return birth.isValid() ? chineseDate(birth) : QString();
}

Status bindTalk(const TalkSheet& talk, const Template& tmpl, Fields& fields)
{
    fields.insert(QStringLiteral("talk_session"), QString::number(talk.session));
    fields.insert(QStringLiteral("talk_start"), chineseTime(talk.startedAt));
    fields.insert(QStringLiteral("talk_end"), chineseTime(talk.endedAt));
    fields.insert(QStringLiteral("talk_venue"), talk.venue);
    fields.insert(QStringLiteral("talk_interviewer"), talk.staff.value(0));
    fields.insert(QStringLiteral("talk_recorder"), talk.staff.value(1));
    fields.insert(QStringLiteral("talk_staff"), talk.staff.join(u'、'));
    fields.insert(QStringLiteral("talk_content"), talk.content);
    // An inquiry record is about a witness, whose identity is protected: it prints masked.
    fields.insert(QStringLiteral("talk_interviewee"),
                  tmpl.id.startsWith(QLatin1String("inquiry")) ? people::maskName(talk.interviewee) : talk.interviewee);
    return {};
}

} // namespace

Status bindCaseRecords(access::Session& session, const cases::Case& c, Fields& fields)
{
    bindTeam(c, fields);
    QF_TRY(bindFacts(session, c, fields));
    QF_TRY(bindPropertySummary(session, c, fields));
    BindingRepository repository(session.database());
    for (const QString& kind : {QStringLiteral("report"), QStringLiteral("hearing"), QStringLiteral("defence")}) {
        auto content = repository.latestReview(c.id, kind);
        if (!content.ok())
            return content.error();
        fields.insert(QStringLiteral("review_") + kind, content.value());
    }
    const QDate opened = QDate::fromString(c.createdAt.left(10), Qt::ISODate);
    fields.insert(QStringLiteral("investigation_due"), chineseDate(opened.addMonths(3)));
    fields.insert(QStringLiteral("original_decision"),
                  QStringLiteral("本机关对%1案件（案件编号：%2）作出的处理决定")
                      .arg(fields.value(QStringLiteral("subject_name")), c.number));
    // 郑国强，男，1970年1月1日出生，某市交通运输局局长，干部管理权限：市管。 Parts the records lack are left out.
    const QString idNumber = fields.value(QStringLiteral("subject_id_number"));
    const QString birth = birthFromIdNumber(idNumber);
    const QString cadreLevel = fields.value(QStringLiteral("subject_cadre_level"));
    QStringList particulars{fields.value(QStringLiteral("subject_name")), sexFromIdNumber(idNumber),
                            birth.isEmpty() ? QString() : QString(birth + QStringLiteral("出生")),
                            fields.value(QStringLiteral("subject_unit")) +
                                fields.value(QStringLiteral("subject_position")),
                            cadreLevel.isEmpty() ? QString() : QString(QStringLiteral("干部管理权限：") + cadreLevel)};
    particulars.removeAll(QString());
    fields.insert(QStringLiteral("subject_particulars"), particulars.join(QStringLiteral("，")) + u'。');
    fields.insert(QStringLiteral("subject_sex"), sexFromIdNumber(idNumber));
    fields.insert(QStringLiteral("subject_birth"), birthFromIdNumber(idNumber));
    return {};
}

Status bindItem(access::Session& session, const Template& tmpl, const cases::Case& c, const QString& itemUid,
                Fields& fields)
{
    if (tmpl.item.isEmpty())
        return {};
    if (itemUid.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Template %1 is made for one record of the case; choose which.").arg(tmpl.id));
    fields.insert(QStringLiteral("item_uid"), itemUid);
    BindingRepository repository(session.database());
    if (tmpl.item == QLatin1String("talk_record")) {
        auto talk = repository.talk(c.id, itemUid);
        if (!talk.ok())
            return talk.error();
        return bindTalk(talk.value(), tmpl, fields);
    }
    if (tmpl.item == QLatin1String("recusal")) {
        auto recusal = repository.recusal(c.id, itemUid);
        if (!recusal.ok())
            return recusal.error();
        if (recusal->status == QLatin1String("pending"))
            return makeError(ErrorCode::Invalid,
                             tr("The recusal of %1 is not decided yet; decide it before its decision is drafted.")
                                 .arg(recusal->person));
        fields.insert(QStringLiteral("recusal_person"), recusal->person);
        fields.insert(QStringLiteral("recusal_applicant"), recusal->applicant);
        fields.insert(QStringLiteral("recusal_grounds"), recusal->grounds);
        fields.insert(QStringLiteral("recusal_note"), recusal->note);
        fields.insert(QStringLiteral("recusal_decision"),
                      recusal->status == QLatin1String("recused")
                          ? QStringLiteral("决定%1同志回避，不再参与本案的审查调查工作。").arg(recusal->person)
                          : QStringLiteral("经审查，申请回避的理由不能成立，决定驳回回避申请。"));
        fields.insert(QStringLiteral("recusal_decided_on"), chineseDate(recusal->decidedOn));
        return {};
    }
    auto appeal = repository.appeal(c.id, itemUid);
    if (!appeal.ok())
        return appeal.error();
    if (appeal->status != QLatin1String("decided"))
        return makeError(ErrorCode::Invalid,
                         tr("The appeal of %1 is not decided yet; record the outcome before its decision is drafted.")
                             .arg(appeal->appellant));
    fields.insert(QStringLiteral("appellant"), appeal->appellant);
    fields.insert(QStringLiteral("appeal_grounds"), appeal->grounds);
    fields.insert(QStringLiteral("appeal_lodged"), chineseDate(appeal->lodgedOn));
    fields.insert(QStringLiteral("appeal_findings"), appeal->findings);
    fields.insert(QStringLiteral("appeal_outcome"), appealOutcomeTerm(appeal->outcome));
    fields.insert(QStringLiteral("appeal_decided_on"), chineseDate(appeal->decidedOn));
    return {};
}

Result<QList<QStringList>> propertyRows(access::Session& session, const Template& tmpl, const cases::Case& c,
                                        QStringList& covered)
{
    auto ledger = property::PropertyService(session).ledger(c.uid);
    if (!ledger.ok())
        return ledger.error();
    QList<QStringList> rows;
    QMap<QString, qint64> byCurrency;
    QStringList seizers;
    for (const property::PropertyItem& item : ledger.value()) {
        if (!tmpl.listStates.isEmpty() && !tmpl.listStates.contains(item.state))
            continue;
        const bool cash = item.category == QLatin1String("cash");
        const Fields row{
            {QStringLiteral("card_no"), QString::number(item.cardNo)},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("features"), item.features},
            {QStringLiteral("serial"), item.serial},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("face_value"), cash ? amountText(item.faceValueCents, item.currency) : QString()},
            {QStringLiteral("pieces"), QString::number(item.pieces)},
            {QStringLiteral("amount"), amountText(item.amountCents, item.currency)},
            {QStringLiteral("state"), stateTerm(item.state)},
            {QStringLiteral("quantity_or_amount"),
             cash || item.category == QLatin1String("deposit")
                 ? amountText(item.amountCents, item.currency)
                 : QStringLiteral("%1件（价值%2）").arg(item.pieces).arg(amountText(item.amountCents, item.currency))},
            {QStringLiteral("seized_by"), item.seizedBy}};
        QStringList cells;
        for (const ListColumn& column : tmpl.listColumns)
            cells << row.value(column.field);
        rows << cells;
        covered << item.uid;
        byCurrency[item.currency] += item.amountCents;
    }
    if (rows.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("Template %1 lists property items, and the case has none in a state it takes.").arg(tmpl.id));
    QStringList total(tmpl.listColumns.size());
    for (qsizetype i = 0; i < tmpl.listColumns.size(); ++i) {
        if (tmpl.listColumns.at(i).field == QLatin1String("description"))
            total[i] = QStringLiteral("合计%1项").arg(rows.size());
        else if (tmpl.listColumns.at(i).field == QLatin1String("amount"))
            total[i] = listTotals(byCurrency);
    }
    rows << total;
    return rows;
}

Result<QList<QStringList>> materialRows(access::Session& session, const Template& tmpl, const cases::Case& c)
{
    auto documents = DocumentService(session).documentsOf(c.uid);
    if (!documents.ok())
        return documents.error();
    auto evidence = evidence::EvidenceService(session).evidenceOf(c.uid);
    if (!evidence.ok())
        return evidence.error();
    QList<Fields> materials;
    for (const DocumentInfo& info : documents.value())
        if (info.status != QLatin1String("draft") && info.status != QLatin1String("superseded") &&
            info.templateId != tmpl.id)
            materials << Fields{{QStringLiteral("title"), info.title}, {QStringLiteral("number"), info.number}};
    if (!evidence->isEmpty())
        materials << Fields{
            {QStringLiteral("title"), QStringLiteral("证据材料（第1号至第%1号）").arg(evidence->size())},
            {QStringLiteral("note"), QStringLiteral("共%1份").arg(evidence->size())}};
    BindingRepository repository(session.database());
    auto defence = repository.latestReview(c.id, QStringLiteral("defence"));
    if (!defence.ok())
        return defence.error();
    if (!defence->isEmpty())
        materials << Fields{{QStringLiteral("title"), QStringLiteral("被审查调查人对违纪违法事实材料的书面意见")}};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        Fields row = materials.at(i);
        row.insert(QStringLiteral("seq"), QString::number(i + 1));
        QStringList cells;
        for (const ListColumn& column : tmpl.listColumns)
            cells << row.value(column.field);
        rows << cells;
    }
    return rows;
}

Result<QList<ItemChoice>> itemChoices(access::Session& session, const Template& tmpl, const QString& caseUid)
{
    auto c = cases::CaseRepository(session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(session.require(access::Permission::ViewCases, cases::caseTarget(c.value())));
    return BindingRepository(session.database()).choices(c->id, tmpl.item);
}

} // namespace qf::documents
