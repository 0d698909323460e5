#include "people/IntegrityFileRepository.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::people {

using storage::execute;
using storage::runQuery;

namespace {

constexpr auto kFileColumns = "f.id, f.uid, f.unit, f.position, f.cadre_level, f.opened_at, p.id, p.uid, p.name, "
                              "p.id_number, p.id_number_valid, p.unit, p.position, p.cadre_level";
constexpr auto kFlagColumns = "a.uid, a.kind, a.description, u.login, a.raised_at, coalesce(l.uid, ''), "
                              "coalesce(l.number, '')";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

IntegrityFile fileFrom(const QSqlQuery& q)
{
    IntegrityFile file;
    file.id = q.value(0).toLongLong();
    file.uid = q.value(1).toString();
    file.unit = q.value(2).toString();
    file.position = q.value(3).toString();
    file.cadreLevel = q.value(4).toString();
    file.openedAt = q.value(5).toString();
    file.person =
        Person{q.value(6).toLongLong(),  q.value(7).toString(),  q.value(8).toString(),  q.value(9).toString(),
               q.value(10).toInt() != 0, q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
    return file;
}

AnomalyFlag flagFrom(const QSqlQuery& q)
{
    return AnomalyFlag{q.value(0).toString(), anomalyKindFromKey(q.value(1).toString()).value_or(AnomalyKind::Other),
                       q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString()};
}

} // namespace

Result<IntegrityFile> IntegrityFileRepository::insert(const Person& person, const QString& unit,
                                                      const QString& position, const QString& cadreLevel,
                                                      qint64 openedBy)
{
    const QString uid = newUid();
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO integrity_file (uid, person_id, unit, position, cadre_level, opened_by, "
                                  "opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {uid, person.id, unit, position, cadreLevel, openedBy, audit::nowUtcIso()}));
    return findByUid(uid);
}

Result<QList<IntegrityFile>> IntegrityFileRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM integrity_file f JOIN person p ON p.id = f.person_id %2")
                              .arg(QLatin1String(kFileColumns), where),
                          values);
    if (!query.ok())
        return query.error();
    QList<IntegrityFile> files;
    while (query->next())
        files << fileFrom(query.value());
    return files;
}

Result<IntegrityFile> IntegrityFileRepository::findByUid(const QString& uid) const
{
    auto files = select(QStringLiteral("WHERE f.uid = ?"), {uid});
    if (!files.ok())
        return files.error();
    if (files->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::people::IntegrityFile", "There is no such integrity file."));
    return files->first();
}

Result<std::optional<IntegrityFile>> IntegrityFileRepository::findByPerson(qint64 personId) const
{
    auto files = select(QStringLiteral("WHERE f.person_id = ?"), {personId});
    if (!files.ok())
        return files.error();
    return files->isEmpty() ? std::nullopt : std::optional<IntegrityFile>(files->first());
}

Result<QList<IntegrityFile>> IntegrityFileRepository::search(const QString& text, int limit) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return select(QStringLiteral("ORDER BY p.name, f.id LIMIT ?"), {limit});
    return select(QStringLiteral("WHERE instr(p.name, ?) > 0 OR instr(f.unit, ?) > 0 OR p.id_number = ? ORDER BY "
                                 "p.name, f.id LIMIT ?"),
                  {needle, needle, needle.toUpper(), limit});
}

Status IntegrityFileRepository::updatePost(qint64 fileId, const QString& unit, const QString& position,
                                           const QString& cadreLevel)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("UPDATE integrity_file SET unit = ?, position = ?, cadre_level = ? WHERE id = ?"),
                   {unit, position, cadreLevel, fileId}));
    return {};
}

Result<bool> IntegrityFileRepository::hasPersonalMatters(qint64 fileId, int year) const
{
    auto found = storage::querySingleValue(
        m_db, QStringLiteral("SELECT count(*) FROM personal_matters_report WHERE file_id = ? AND year = ?"),
        {fileId, year});
    if (!found.ok())
        return found.error();
    return found->toInt() > 0;
}

Status IntegrityFileRepository::insertPersonalMatters(qint64 fileId, const PersonalMattersReport& report,
                                                      qint64 recordedBy)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO personal_matters_report (uid, file_id, year, family_members, "
                                  "real_estate, investments, relatives_abroad, passports, income_cents, recorded_by, "
                                  "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {newUid(), fileId, report.year, report.familyMembers, report.realEstate, report.investments,
                    report.relativesAbroad, report.passports, report.incomeCents, recordedBy, audit::nowUtcIso()}));
    return {};
}

Result<QList<PersonalMattersReport>> IntegrityFileRepository::personalMatters(qint64 fileId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT uid, year, family_members, real_estate, investments, "
                                         "relatives_abroad, passports, income_cents FROM personal_matters_report "
                                         "WHERE file_id = ? ORDER BY year DESC"),
                          {fileId});
    if (!query.ok())
        return query.error();
    QList<PersonalMattersReport> reports;
    while (query->next())
        reports << PersonalMattersReport{query->value(0).toString(), query->value(1).toInt(),
                                         query->value(2).toString(), query->value(3).toString(),
                                         query->value(4).toString(), query->value(5).toString(),
                                         query->value(6).toString(), query->value(7).toLongLong()};
    return reports;
}

Status IntegrityFileRepository::insertFlag(qint64 fileId, const AnomalyFlag& flag, qint64 raisedBy)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO anomaly_flag (uid, file_id, kind, description, raised_by, raised_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {flag.uid, fileId, anomalyKindKey(flag.kind), flag.description, raisedBy, audit::nowUtcIso()}));
    return {};
}

Result<QList<AnomalyFlag>> IntegrityFileRepository::flags(qint64 fileId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM anomaly_flag a JOIN app_user u ON u.id = a.raised_by LEFT "
                                         "JOIN lead l ON l.id = a.lead_id WHERE a.file_id = ? ORDER BY a.id")
                              .arg(QLatin1String(kFlagColumns)),
                          {fileId});
    if (!query.ok())
        return query.error();
    QList<AnomalyFlag> flags;
    while (query->next())
        flags << flagFrom(query.value());
    return flags;
}

Result<QPair<AnomalyFlag, QString>> IntegrityFileRepository::findFlag(const QString& flagUid) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1, f.uid FROM anomaly_flag a JOIN app_user u ON u.id = a.raised_by "
                                         "JOIN integrity_file f ON f.id = a.file_id LEFT JOIN lead l ON l.id = "
                                         "a.lead_id WHERE a.uid = ?")
                              .arg(QLatin1String(kFlagColumns)),
                          {flagUid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::people::IntegrityFile", "There is no such anomaly flag."));
    return qMakePair(flagFrom(query.value()), query->value(7).toString());
}

Status IntegrityFileRepository::linkFlagToLead(const QString& flagUid, qint64 leadId)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE anomaly_flag SET lead_id = ? WHERE uid = ? AND lead_id IS NULL"),
                   {leadId, flagUid}));
    return {};
}

} // namespace qf::people
