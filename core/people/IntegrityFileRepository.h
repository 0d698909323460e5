#pragma once

#include "common/Result.h"
#include "people/IntegrityFile.h"

#include <QList>
#include <QSqlDatabase>

namespace qf::people {

// SQL for integrity files, personal-matters reports and anomaly flags. Callers own the transaction.
class IntegrityFileRepository
{
public:
    explicit IntegrityFileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<IntegrityFile> insert(const Person& person, const QString& unit, const QString& position,
                                 const QString& cadreLevel, qint64 openedBy);
    Result<IntegrityFile> findByUid(const QString& uid) const;
    Result<std::optional<IntegrityFile>> findByPerson(qint64 personId) const;
    // Files whose name, unit or ID number contains `text` (all when empty), by name.
    Result<QList<IntegrityFile>> search(const QString& text, int limit) const;
    Status updatePost(qint64 fileId, const QString& unit, const QString& position, const QString& cadreLevel);

    Result<bool> hasPersonalMatters(qint64 fileId, int year) const;
    Status insertPersonalMatters(qint64 fileId, const PersonalMattersReport& report, qint64 recordedBy);
    Result<QList<PersonalMattersReport>> personalMatters(qint64 fileId) const;

    Status insertFlag(qint64 fileId, const AnomalyFlag& flag, qint64 raisedBy);
    Result<QList<AnomalyFlag>> flags(qint64 fileId) const;
    // The flag and the uid of the file it is on.
    Result<QPair<AnomalyFlag, QString>> findFlag(const QString& flagUid) const;
    Status linkFlagToLead(const QString& flagUid, qint64 leadId);

private:
    Result<QList<IntegrityFile>> select(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace qf::people
