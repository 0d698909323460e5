#include "people/IntegrityFileService.h"

#include "access/Mutation.h"
#include "leads/LeadService.h"
#include "people/IdNumber.h"
#include "people/IntegrityFileRepository.h"
#include "people/PersonRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::people {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::people::IntegrityFileService", text);
}

const QString kFileType = QStringLiteral("integrity_file");

access::AccessTarget fileTarget(const QString& uid)
{
    return {kFileType, uid};
}

// A change to one integrity file through access::mutate: the body gets the repository on the transaction's
// connection, the file as it is in that transaction, and the audit note to fill in.
template <typename Body>
auto changeFile(access::Session& session, const QString& fileUid, Body&& body)
    -> std::invoke_result_t<Body, IntegrityFileRepository&, const IntegrityFile&, audit::AuditNote&>
{
    using Outcome = std::invoke_result_t<Body, IntegrityFileRepository&, const IntegrityFile&, audit::AuditNote&>;
    return access::mutate(session, Permission::ManageLeads, fileTarget(fileUid),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Outcome {
                              IntegrityFileRepository files(db);
                              auto file = files.findByUid(fileUid);
                              if (!file.ok())
                                  return file.error();
                              return body(files, file.value(), note);
                          });
}

// Reads something recorded in one integrity file, for a user who may view leads.
template <typename Read>
auto readFile(access::Session& session, const QString& fileUid, Read&& read)
    -> std::invoke_result_t<Read, IntegrityFileRepository&, const IntegrityFile&>
{
    QF_TRY(session.require(Permission::ViewLeads));
    IntegrityFileRepository files(session.database());
    auto file = files.findByUid(fileUid);
    if (!file.ok())
        return file.error();
    return read(files, file.value());
}

} // namespace

Result<IntegrityFile> IntegrityFileService::openFile(const Person& cadre)
{
    Person person = cadre;
    person.name = person.name.trimmed();
    person.unit = person.unit.trimmed();
    person.idNumber = normaliseIdNumber(person.idNumber);
    if (person.name.isEmpty() || person.unit.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the cadre's name and unit."));
    const IdNumberCheck check = checkIdNumber(person.idNumber);
    if (!check.valid)
        return makeError(ErrorCode::Invalid, tr("An integrity file needs a valid ID number: %1").arg(check.problem));
    return access::mutate(
        m_session, Permission::ManageLeads, {kFileType, {}},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<IntegrityFile> {
            auto stored = PersonRepository(db).findOrInsert(person);
            if (!stored.ok())
                return stored.error();
            IntegrityFileRepository files(db);
            auto existing = files.findByPerson(stored->id);
            if (!existing.ok())
                return existing.error();
            if (existing.value())
                return makeError(ErrorCode::AlreadyExists,
                                 tr("%1 already has an integrity file.").arg(existing.value()->person.name));
            auto file =
                files.insert(stored.value(), person.unit, person.position, person.cadreLevel, m_session.user().id);
            if (!file.ok())
                return file;
            note = {QStringLiteral("integrity_file.open"), kFileType, file->uid,
                    tr("integrity file opened for %1, %2").arg(person.name, person.unit)};
            return file;
        });
}

Result<IntegrityFile> IntegrityFileService::file(const QString& uid)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return IntegrityFileRepository(m_session.database()).findByUid(uid);
}

Result<QList<IntegrityFile>> IntegrityFileService::search(const QString& text, int limit)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return IntegrityFileRepository(m_session.database()).search(text, limit);
}

Status IntegrityFileService::updatePost(const QString& fileUid, const QString& unit, const QString& position,
                                        const QString& cadreLevel)
{
    if (unit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the cadre's unit."));
    return changeFile(m_session, fileUid,
                      [&](IntegrityFileRepository& files, const IntegrityFile& file, audit::AuditNote& note) -> Status {
                          QF_TRY(files.updatePost(file.id, unit.trimmed(), position.trimmed(), cadreLevel));
                          note = {
                              QStringLiteral("integrity_file.post"), kFileType, fileUid,
                              tr("%1: post changed from %2 %3 to %4 %5")
                                  .arg(file.person.name, file.unit, file.position, unit.trimmed(), position.trimmed())};
                          return {};
                      });
}

Status IntegrityFileService::recordPersonalMatters(const QString& fileUid, const PersonalMattersReport& report)
{
    if (report.year < 1990 || report.year > QDate::currentDate().year())
        return makeError(ErrorCode::Invalid, tr("The report year must be between 1990 and this year."));
    if (report.incomeCents < 0)
        return makeError(ErrorCode::Invalid, tr("The declared income cannot be negative."));
    return changeFile(
        m_session, fileUid,
        [&](IntegrityFileRepository& files, const IntegrityFile& file, audit::AuditNote& note) -> Status {
            auto exists = files.hasPersonalMatters(file.id, report.year);
            if (!exists.ok())
                return exists.error();
            if (exists.value())
                return makeError(ErrorCode::AlreadyExists,
                                 tr("The personal-matters report for %1 is already recorded.").arg(report.year));
            QF_TRY(files.insertPersonalMatters(file.id, report, m_session.user().id));
            note = {QStringLiteral("integrity_file.personal_matters"), kFileType, fileUid,
                    tr("%1: personal-matters report for %2 recorded").arg(file.person.name).arg(report.year)};
            return {};
        });
}

Result<QList<PersonalMattersReport>> IntegrityFileService::personalMatters(const QString& fileUid)
{
    return readFile(m_session, fileUid, [](IntegrityFileRepository& files, const IntegrityFile& file) {
        return files.personalMatters(file.id);
    });
}

Result<QString> IntegrityFileService::raiseFlag(const QString& fileUid, AnomalyKind kind, const QString& description)
{
    if (description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe what does not fit."));
    return changeFile(
        m_session, fileUid,
        [&](IntegrityFileRepository& files, const IntegrityFile& file, audit::AuditNote& note) -> Result<QString> {
            AnomalyFlag flag;
            flag.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            flag.kind = kind;
            flag.description = description.trimmed();
            QF_TRY(files.insertFlag(file.id, flag, m_session.user().id));
            note = {QStringLiteral("integrity_file.flag"), kFileType, fileUid,
                    tr("%1: anomaly raised (%2)").arg(file.person.name, anomalyKindKey(kind))};
            return flag.uid;
        });
}

Result<QList<AnomalyFlag>> IntegrityFileService::flags(const QString& fileUid)
{
    return readFile(m_session, fileUid,
                    [](IntegrityFileRepository& files, const IntegrityFile& file) { return files.flags(file.id); });
}

Result<leads::Lead> IntegrityFileService::turnFlagIntoLead(const QString& flagUid, const FlagLeadDraft& draft)
{
    auto found = IntegrityFileRepository(m_session.database()).findFlag(flagUid);
    if (!found.ok())
        return found.error();
    const AnomalyFlag flag = found->first;
    if (!flag.leadUid.isEmpty())
        return makeError(ErrorCode::AlreadyExists, tr("This anomaly is already lead %1.").arg(flag.leadNumber));
    return access::mutate(m_session, Permission::ManageLeads, {QStringLiteral("lead"), {}},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<leads::Lead> {
                              IntegrityFileRepository files(db);
                              auto file = files.findByUid(found->second);
                              if (!file.ok())
                                  return file.error();
                              leads::LeadDraft lead;
                              lead.source = QStringLiteral("self_found");
                              lead.allegation = draft.allegation;
                              lead.sector = draft.sector;
                              lead.cadreLevel = file->cadreLevel;
                              lead.summary =
                                  draft.summary.trimmed().isEmpty()
                                      ? QStringLiteral("%1（%2）：%3")
                                            .arg(anomalyKindTerm(flag.kind), file->person.name, flag.description)
                                      : draft.summary.trimmed();
                              Person subject = file->person;
                              subject.unit = file->unit;
                              subject.position = file->position;
                              lead.subjects << subject;
                              auto created = leads::LeadService::createWithin(db, m_session.actor(), lead);
                              if (!created.ok())
                                  return created;
                              QF_TRY(files.linkFlagToLead(flagUid, created->id));
                              note = {QStringLiteral("lead.register"), QStringLiteral("lead"), created->uid,
                                      tr("lead %1 registered from an anomaly in the integrity file of %2")
                                          .arg(created->number, file->person.name)};
                              return created;
                          });
}

Result<SubjectHistory> IntegrityFileService::history(const QString& fileUid)
{
    return readFile(m_session, fileUid, [this](IntegrityFileRepository&, const IntegrityFile& file) {
        return subjectHistoryWithin(m_session.database(), file.person.id, m_sanctions);
    });
}

} // namespace qf::people
