#include "cases/StaffRepository.h"

#include "storage/Sql.h"

#include <QHash>

namespace qf::cases {

namespace {
QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

QStringList talentTiers()
{
    return {QStringLiteral("reserve"), QStringLiteral("core"), QStringLiteral("expert")};
}

Status StaffRepository::insertCertification(qint64 userId, const Certification& certification)
{
    QF_TRY(storage::execute(m_db,
                            QStringLiteral("INSERT INTO staff_certification (uid, user_id, certificate, issued_on, "
                                           "valid_until) VALUES (?, ?, ?, ?, ?)"),
                            {certification.uid, userId, certification.certificate,
                             certification.issuedOn.toString(Qt::ISODate),
                             certification.validUntil.toString(Qt::ISODate)}));
    return {};
}

Status StaffRepository::insertTraining(qint64 userId, const TrainingRecord& training)
{
    QF_TRY(storage::execute(
        m_db,
        QStringLiteral(
            "INSERT INTO staff_training (uid, user_id, course, held_on, hours, result) VALUES (?, ?, ?, ?, ?, "
            "?)"),
        {training.uid, userId, training.course, training.heldOn.toString(Qt::ISODate), training.hours,
         training.result}));
    return {};
}

Status StaffRepository::setTier(qint64 userId, const QString& tier, const QDate& since)
{
    if (tier.isEmpty()) {
        QF_TRY(storage::execute(m_db, QStringLiteral("DELETE FROM staff_tier WHERE user_id = ?"), {userId}));
        return {};
    }
    QF_TRY(storage::execute(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO staff_tier (user_id, tier, since) VALUES (?, "
                                           "?, ?)"),
                            {userId, tier, since.toString(Qt::ISODate)}));
    return {};
}

Status StaffRepository::setOffice(qint64 userId, const QString& office, const QDate& since)
{
    if (office.isEmpty()) {
        QF_TRY(storage::execute(m_db, QStringLiteral("DELETE FROM staff_office WHERE user_id = ?"), {userId}));
        return {};
    }
    QF_TRY(storage::execute(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO staff_office (user_id, office, since) VALUES (?, "
                                           "?, ?)"),
                            {userId, office, since.toString(Qt::ISODate)}));
    return {};
}

Result<QList<StaffEntry>> StaffRepository::entries(const QDate& asOf) const
{
    const QString day = asOf.toString(Qt::ISODate);
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("SELECT u.id, u.login, u.display_name, coalesce((SELECT max(c.valid_until) FROM "
                       "staff_certification c WHERE c.user_id = u.id AND c.issued_on <= ?), ''), (SELECT "
                       "coalesce(sum(t.hours), 0) FROM staff_training t WHERE t.user_id = u.id AND substr(t.held_on, "
                       "1, 4) = ? AND t.held_on <= ?), coalesce((SELECT tier FROM staff_tier s WHERE s.user_id = "
                       "u.id), ''), coalesce(o.office, ''), coalesce(k.label, o.office, '') FROM app_user u LEFT JOIN "
                       "staff_office o ON o.user_id = u.id LEFT JOIN category k ON k.kind = 'office' AND k.code = "
                       "o.office WHERE u.disabled = 0 ORDER BY u.login"),
        {day, QString::number(asOf.year()), day});
    if (!query.ok())
        return query.error();
    QList<StaffEntry> entries;
    QHash<qint64, qsizetype> rowOf;
    while (query->next()) {
        StaffEntry entry;
        entry.login = query->value(1).toString();
        entry.displayName = query->value(2).toString();
        entry.certifiedUntil = dateOf(query->value(3));
        entry.certified = entry.certifiedUntil.isValid() && entry.certifiedUntil >= asOf;
        entry.trainingHours = query->value(4).toInt();
        entry.tier = query->value(5).toString();
        entry.office = query->value(6).toString();
        entry.officeLabel = query->value(7).toString();
        rowOf.insert(query->value(0).toLongLong(), entries.size());
        entries << entry;
    }
    auto cases = storage::runQuery(m_db, QStringLiteral("SELECT DISTINCT t.user_id, c.number FROM case_team t JOIN "
                                                        "case_file c ON c.id = t.case_id WHERE c.stage NOT IN "
                                                        "('closed', 'archived') ORDER BY c.number"));
    if (!cases.ok())
        return cases.error();
    while (cases->next()) {
        const qsizetype row = rowOf.value(cases->value(0).toLongLong(), -1);
        if (row >= 0)
            entries[row].currentCases << cases->value(1).toString();
    }
    return entries;
}

Result<QList<Certification>> StaffRepository::certificationsOf(qint64 userId) const
{
    auto query = storage::runQuery(m_db,
                                   QStringLiteral("SELECT uid, certificate, issued_on, valid_until FROM "
                                                  "staff_certification WHERE user_id = ? ORDER BY issued_on, id"),
                                   {userId});
    if (!query.ok())
        return query.error();
    QList<Certification> certifications;
    while (query->next())
        certifications << Certification{query->value(0).toString(), query->value(1).toString(), dateOf(query->value(2)),
                                        dateOf(query->value(3))};
    return certifications;
}

Result<QList<TrainingRecord>> StaffRepository::trainingsOf(qint64 userId) const
{
    auto query =
        storage::runQuery(m_db,
                          QStringLiteral("SELECT uid, course, held_on, hours, result FROM staff_training WHERE "
                                         "user_id = ? ORDER BY held_on, id"),
                          {userId});
    if (!query.ok())
        return query.error();
    QList<TrainingRecord> trainings;
    while (query->next())
        trainings << TrainingRecord{query->value(0).toString(), query->value(1).toString(), dateOf(query->value(2)),
                                    query->value(3).toInt(), query->value(4).toString()};
    return trainings;
}

} // namespace qf::cases
