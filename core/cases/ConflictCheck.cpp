#include "cases/ConflictCheck.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::cases {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::ConflictCheck", text);
}

struct Party
{
    QString name;
    QString idNumber;
    QString unit;
    bool isProtected = false;
};

Result<QList<Party>> partiesOf(const QSqlDatabase& db, qint64 caseId)
{
    auto query = storage::runQuery(
        db,
        QStringLiteral("SELECT p.name, p.id_number, p.unit, 0 FROM case_file c JOIN lead_subject s ON s.lead_id = "
                       "c.lead_id JOIN person p ON p.id = s.person_id WHERE c.id = ?1 "
                       "UNION ALL SELECT i.name, i.id_number, i.work_unit, 1 FROM case_file c JOIN report r ON "
                       "r.lead_id = c.lead_id JOIN protected_identity i ON i.report_id = r.id WHERE c.id = ?1"),
        {caseId});
    if (!query.ok())
        return query.error();
    QList<Party> parties;
    while (query->next())
        parties << Party{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                         query->value(3).toInt() == 1};
    return parties;
}

bool samePerson(const Party& party, const QString& name, const QString& idNumber, const QString& unit)
{
    if (!idNumber.isEmpty() && !party.idNumber.isEmpty())
        return idNumber.compare(party.idNumber, Qt::CaseInsensitive) == 0;
    return !name.isEmpty() && name == party.name && (unit.isEmpty() || unit == party.unit);
}

} // namespace

Result<ConflictReport> checkConflicts(const QSqlDatabase& db, qint64 caseId, qint64 userId)
{
    ConflictReport report;
    auto recused = storage::querySingleValue(
        db, QStringLiteral("SELECT count(*) FROM recusal WHERE case_id = ? AND user_id = ? AND status = 'recused'"),
        {caseId, userId});
    if (!recused.ok())
        return recused.error();
    if (recused->toInt() > 0)
        report.blocks << tr("a recusal decision keeps this person out of the case");

    auto parties = partiesOf(db, caseId);
    if (!parties.ok())
        return parties.error();
    auto ties = storage::runQuery(db,
                                  QStringLiteral("SELECT kind, person_name, id_number, unit FROM staff_relationship "
                                                 "WHERE user_id = ?"),
                                  {userId});
    if (!ties.ok())
        return ties.error();
    while (ties->next()) {
        const QString kind = ties->value(0).toString();
        const QString name = ties->value(1).toString();
        const QString idNumber = ties->value(2).toString();
        const QString unit = ties->value(3).toString();
        for (const Party& party : parties.value()) {
            const bool person = samePerson(party, name, idNumber, unit);
            const bool sameUnit = name.isEmpty() && idNumber.isEmpty() && !unit.isEmpty() && unit == party.unit;
            if (!person && !sameUnit)
                continue;
            const QString who = party.isProtected ? tr("a protected party of the case") : party.name;
            if (kind == QLatin1String("relative") && person)
                report.blocks << tr("declared relative of %1").arg(who);
            else if (kind == QLatin1String("former_colleague"))
                report.warnings << tr("former colleague of %1").arg(who);
            else if (kind == QLatin1String("same_unit") || sameUnit)
                report.warnings << tr("works or worked in the same unit as %1").arg(who);
            else
                report.warnings << tr("declared tie to %1").arg(who);
        }
    }
    report.blocks.removeDuplicates();
    report.warnings.removeDuplicates();
    return report;
}

} // namespace qf::cases
