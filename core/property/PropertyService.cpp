#include "property/PropertyService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "documents/PropertyDocumentLinks.h"
#include "property/Money.h"
#include "storage/Sql.h"
#include "workflow/WorkflowDefinition.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::property {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::property::PropertyService", text);
}

const QStringList kCategories{QStringLiteral("cash"),    QStringLiteral("deposit"),     QStringLiteral("securities"),
                              QStringLiteral("vehicle"), QStringLiteral("real_estate"), QStringLiteral("valuables"),
                              QStringLiteral("other")};
const QStringList kGuards{QStringLiteral("approved_measure"), QStringLiteral("custodian_not_seizer")};

struct ItemRow
{
    qint64 id = 0;
    QString state;
    qint64 seizedBy = 0;
    cases::Case caseFile;
};

Result<ItemRow> findItem(const QSqlDatabase& db, const QString& uid)
{
    auto row = storage::runQuery(db,
                                 QStringLiteral("SELECT id, state, coalesce(seized_by, 0), case_id FROM property_item "
                                                "WHERE uid = ?"),
                                 {uid});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("There is no such property item."));
    ItemRow item{row->value(0).toLongLong(), row->value(1).toString(), row->value(2).toLongLong(), {}};
    const qint64 caseId = row->value(3).toLongLong();
    row->finish();
    auto c = cases::CaseRepository(db).findById(caseId);
    if (!c.ok())
        return c.error();
    item.caseFile = c.value();
    return item;
}

// The measure that allows a seizure or sealing: of this case, of the right kind, approved and valid now.
Result<qint64> allowingMeasure(const QSqlDatabase& db, qint64 caseId, const QString& measureUid, const QString& kind)
{
    if (measureUid.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the approved %1 measure that allows this step.").arg(kind));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto id =
        storage::querySingleValue(db,
                                  QStringLiteral("SELECT id FROM measure WHERE uid = ? AND case_id = ? AND kind = ? "
                                                 "AND status IN ('approved', 'executed') AND valid_from <= ? AND "
                                                 "valid_until >= ?"),
                                  {measureUid, caseId, kind, now, now});
    if (!id.ok())
        return id.error();
    if (id->isNull())
        return makeError(ErrorCode::Invalid,
                         tr("There is no approved, currently valid %1 measure with that id for this case.").arg(kind));
    return id->toLongLong();
}

bool holdsAny(const access::User& user, const QStringList& roleKeys)
{
    for (const QString& key : roleKeys)
        if (auto role = access::roleFromKey(key); role && user.hasRole(*role))
            return true;
    return false;
}

Result<qint64> recordAction(const QSqlDatabase& db, qint64 itemId, const QString& action, const QString& from,
                            const QString& to, qint64 first, qint64 second, const QVariant& measureId,
                            const QString& note)
{
    auto inserted =
        storage::runQuery(db,
                          QStringLiteral("INSERT INTO property_action (item_id, action, from_state, to_state, at, "
                                         "first_signer, second_signer, measure_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?)"),
                          {itemId, action, from, to, audit::nowUtcIso(), first, second, measureId, note});
    if (!inserted.ok())
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

// The approved list that covers a step, when the step has one. A list still in draft stops the step: it must be
// approved first. No list at all lets the step go on, and the ledger shows it as not covered.
Result<std::optional<documents::PropertyCoverage>> coveringDocument(const QSqlDatabase& db, qint64 itemId,
                                                                    const QString& action)
{
    const QString templateId = documents::PropertyDocumentLinks::templateFor(action);
    if (templateId.isEmpty())
        return std::optional<documents::PropertyCoverage>{};
    auto coverage = documents::PropertyDocumentLinks(db).coverageOf(itemId, templateId);
    if (!coverage.ok())
        return coverage.error();
    if (coverage->has_value() && coverage->value().status == QLatin1String("draft"))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::property", "The list that covers this step is still a draft. "
                                                                     "Approve it in the documents area first, then "
                                                                     "take the step."));
    return coverage.value();
}

} // namespace

bool PropertyActionRecord::needsDocument() const
{
    return !documents::PropertyDocumentLinks::templateFor(action).isEmpty();
}

Result<PropertyItem> PropertyService::registerItem(const PropertyDraft& draft, const access::SecondSigner& witness)
{
    if (!kCategories.contains(draft.category))
        return makeError(ErrorCode::Invalid, tr("Choose the category of the item."));
    if (draft.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the item."));
    if (draft.currency.size() != 3)
        return makeError(ErrorCode::Invalid, tr("A currency is a three-letter code such as CNY."));
    qint64 amount = draft.amountCents;
    if (draft.category == QLatin1String("cash") && amount == 0) {
        auto product = multiplyCents(draft.faceValueCents, draft.pieces);
        if (!product.ok())
            return product.error();
        amount = product.value();
    }
    if (amount < 0 || draft.pieces < 1)
        return makeError(ErrorCode::Invalid, tr("Amounts and counts cannot be negative."));
    auto c = cases::CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    auto second = access::confirmSecondSigner(m_session, witness);
    if (!second.ok())
        return second.error();
    return access::mutate(
        m_session, Permission::ManageCases, cases::caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<PropertyItem> {
            auto next = storage::querySingleValue(db,
                                                  QStringLiteral("SELECT coalesce(max(card_no), 0) + 1 FROM "
                                                                 "property_item WHERE case_id = ?"),
                                                  {c->id});
            if (!next.ok())
                return next.error();
            PropertyItem item;
            item.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.cardNo = next->toInt();
            item.category = draft.category;
            item.description = draft.description.trimmed();
            item.features = draft.features.trimmed();
            item.serial = draft.serial.trimmed();
            item.kind = draft.kind.trimmed();
            item.faceValueCents = draft.faceValueCents;
            item.pieces = draft.pieces;
            item.amountCents = amount;
            item.currency = draft.currency.toUpper();
            item.state = QStringLiteral("registered");
            auto inserted = storage::runQuery(
                db,
                QStringLiteral("INSERT INTO property_item (uid, case_id, card_no, category, description, features, "
                               "serial, kind, face_value_cents, pieces, amount_cents, currency, registered_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {item.uid, c->id, item.cardNo, item.category, item.description, item.features, item.serial, item.kind,
                 item.faceValueCents, item.pieces, item.amountCents, item.currency, audit::nowUtcIso()});
            if (!inserted.ok())
                return inserted.error();
            QF_TRY(recordAction(db, inserted->lastInsertId().toLongLong(), QStringLiteral("register"), QString(),
                                item.state, m_session.user().id, second->id, QVariant(QMetaType(QMetaType::LongLong)),
                                {}));
            note.action = QStringLiteral("property.register");
            note.summary = tr("card %1 of case %2: %3, %4")
                               .arg(item.cardNo)
                               .arg(c->number, item.category, formatAmount(item.amountCents, item.currency));
            return item;
        });
}

Status PropertyService::act(const QString& itemUid, const QString& action, const access::SecondSigner& secondSigner,
                            const QString& measureUid, const QString& note)
{
    const QSqlDatabase db = m_session.database();
    auto item = findItem(db, itemUid);
    if (!item.ok())
        return item.error();
    auto definition = workflow::WorkflowDefinition::fromResource(QStringLiteral("property"), kGuards);
    if (!definition.ok())
        return definition.error();
    const workflow::TransitionDefinition* transition = definition->transition(action);
    if (!transition)
        return makeError(ErrorCode::NotFound, tr("'%1' is not a step of the property lifecycle.").arg(action));
    if (!transition->from.contains(item->state))
        return makeError(ErrorCode::Invalid, tr("The item is %1; '%2' cannot follow.").arg(item->state, action));
    auto second = access::confirmSecondSigner(m_session, secondSigner);
    if (!second.ok())
        return second.error();
    if (!holdsAny(m_session.user(), transition->requestRoles))
        return makeError(
            ErrorCode::PermissionDenied,
            tr("Only %1 may take the step '%2'.").arg(transition->requestRoles.join(QStringLiteral(", ")), action));
    if (!transition->approveRole.isEmpty() && !holdsAny(m_session.user(), {transition->approveRole}) &&
        !holdsAny(second.value(), {transition->approveRole}))
        return makeError(ErrorCode::PermissionDenied,
                         tr("The step '%1' is signed by an %2.").arg(action, transition->approveRole));
    QVariant measureId(QMetaType(QMetaType::LongLong));
    for (const workflow::GuardSpec& guard : transition->guards) {
        if (guard.name == QLatin1String("approved_measure")) {
            auto allowed = allowingMeasure(db, item->caseFile.id, measureUid,
                                           guard.params.value(QStringLiteral("kind")).toString());
            if (!allowed.ok())
                return allowed.error();
            measureId = allowed.value();
        } else if (guard.name == QLatin1String("custodian_not_seizer") && item->seizedBy == m_session.user().id) {
            return makeError(ErrorCode::PermissionDenied,
                             tr("You seized or sealed this item, so you cannot also be its custodian."));
        }
    }
    auto covering = coveringDocument(db, item->id, action);
    if (!covering.ok())
        return covering.error();
    const workflow::StageDefinition* target = definition->stage(transition->to);
    const bool final = target && target->final;
    return access::mutate(
        m_session, Permission::ManageCases, cases::caseTarget(item->caseFile),
        [&](const QSqlDatabase& tx, audit::AuditNote& audit) -> Status {
            const bool seizing = action == QLatin1String("seize") || action == QLatin1String("seal");
            const bool custody = action == QLatin1String("take_custody");
            QF_TRY(
                storage::execute(tx,
                                 QStringLiteral("UPDATE property_item SET state = ?, disposed = ?, disposal = ?, "
                                                "seized_by = CASE WHEN ? THEN ? ELSE seized_by END, custodian = CASE "
                                                "WHEN ? THEN ? ELSE custodian END WHERE id = ?"),
                                 {transition->to, final ? 1 : 0, final ? action : QString(), seizing ? 1 : 0,
                                  m_session.user().id, custody ? 1 : 0, m_session.user().id, item->id}));
            auto actionId = recordAction(tx, item->id, action, item->state, transition->to, m_session.user().id,
                                         second->id, measureId, note);
            if (!actionId.ok())
                return actionId.error();
            if (covering->has_value())
                QF_TRY(documents::PropertyDocumentLinks(tx).link(actionId.value(), covering->value().documentId));
            audit.action = QStringLiteral("property.") + action;
            audit.summary =
                tr("%1 → %2, signed by %3 and %4").arg(item->state, transition->to, m_session.login(), second->login);
            return {};
        });
}

Result<QList<PropertyItem>> PropertyService::ledger(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    auto rows = storage::runQuery(m_session.database(),
                                  QStringLiteral("SELECT p.uid, p.card_no, p.category, p.description, p.features, "
                                                 "p.serial, p.kind, p.face_value_cents, p.pieces, p.amount_cents, "
                                                 "p.currency, p.state, p.disposed, coalesce(s.login, ''), "
                                                 "coalesce(k.login, '') FROM property_item p LEFT JOIN app_user s ON "
                                                 "s.id = p.seized_by LEFT JOIN app_user k ON k.id = p.custodian WHERE "
                                                 "p.case_id = ? ORDER BY p.card_no"),
                                  {c->id});
    if (!rows.ok())
        return rows.error();
    QList<PropertyItem> items;
    while (rows->next())
        items << PropertyItem{rows->value(0).toString(),    rows->value(1).toInt(),      rows->value(2).toString(),
                              rows->value(3).toString(),    rows->value(4).toString(),   rows->value(5).toString(),
                              rows->value(6).toString(),    rows->value(7).toLongLong(), rows->value(8).toLongLong(),
                              rows->value(9).toLongLong(),  rows->value(10).toString(),  rows->value(11).toString(),
                              rows->value(12).toInt() == 1, rows->value(13).toString(),  rows->value(14).toString()};
    return items;
}

Result<QList<PropertyActionRecord>> PropertyService::history(const QString& itemUid)
{
    auto item = findItem(m_session.database(), itemUid);
    if (!item.ok())
        return item.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(item->caseFile)));
    auto rows =
        storage::runQuery(m_session.database(),
                          QStringLiteral("SELECT a.action, a.from_state, a.to_state, a.at, f.login, s.login, "
                                         "coalesce(m.uid, ''), a.note, coalesce(d.uid, ''), coalesce(d.number, '') "
                                         "FROM property_action a JOIN app_user f ON f.id = a.first_signer JOIN "
                                         "app_user s ON s.id = a.second_signer LEFT JOIN measure m ON m.id = "
                                         "a.measure_id LEFT JOIN property_action_document l ON l.action_id = a.id "
                                         "LEFT JOIN document d ON d.id = l.document_id WHERE a.item_id = ? ORDER BY "
                                         "a.id"),
                          {item->id});
    if (!rows.ok())
        return rows.error();
    QList<PropertyActionRecord> records;
    while (rows->next())
        records << PropertyActionRecord{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                        rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                                        rows->value(6).toString(), rows->value(7).toString(), rows->value(8).toString(),
                                        rows->value(9).toString()};
    return records;
}

Result<int> PropertyService::uncoveredSteps(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    return documents::PropertyDocumentLinks(m_session.database()).uncoveredSteps(c->id);
}

Result<std::optional<documents::PropertyCoverage>> PropertyService::coverage(const QString& itemUid,
                                                                             const QString& action)
{
    auto item = findItem(m_session.database(), itemUid);
    if (!item.ok())
        return item.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(item->caseFile)));
    const QString templateId = documents::PropertyDocumentLinks::templateFor(action);
    if (templateId.isEmpty())
        return std::optional<documents::PropertyCoverage>{};
    return documents::PropertyDocumentLinks(m_session.database()).coverageOf(item->id, templateId);
}

Result<QList<LedgerLine>> PropertyService::reconcile(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    auto rows = storage::runQuery(
        m_session.database(),
        QStringLiteral("SELECT category, currency, sum(amount_cents), "
                       "sum(CASE WHEN state = 'in_custody' THEN amount_cents ELSE 0 END), "
                       "sum(CASE WHEN disposed = 1 THEN amount_cents ELSE 0 END), "
                       "sum(CASE WHEN disposed = 0 AND state <> 'in_custody' THEN amount_cents ELSE 0 END) "
                       "FROM property_item WHERE case_id = ? GROUP BY category, currency ORDER BY category, currency"),
        {c->id});
    if (!rows.ok())
        return rows.error();
    QList<LedgerLine> lines;
    while (rows->next())
        lines << LedgerLine{rows->value(0).toString(),   rows->value(1).toString(),   rows->value(2).toLongLong(),
                            rows->value(3).toLongLong(), rows->value(4).toLongLong(), rows->value(5).toLongLong()};
    return lines;
}

} // namespace qf::property
