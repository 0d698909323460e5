#include "reporting/IntegrityOpinionService.h"

#include "access/Mutation.h"
#include "documents/CopyLog.h"
#include "documents/GbtRenderer.h"
#include "reporting/IntegrityOpinionConclusion.h"
#include "reporting/IntegrityOpinionMatcher.h"
#include "reporting/IntegrityOpinionRepository.h"
#include "reporting/IntegrityReplyLetter.h"
#include "reporting/LetterNumber.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QPdfWriter>

namespace qf::reporting {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting::IntegrityOpinionService", text);
}

const QString kRequestType = QStringLiteral("integrity_request");

access::AccessTarget requestTarget(const QString& uid)
{
    return {kRequestType, uid};
}

// Matches one person and, unless the match is ambiguous, concludes; stores both.
Status evaluate(const QSqlDatabase& db, qint64 requestId, int seq, const RequestedPerson& person,
                const people::SanctionLookup& sanctions, const QDate& asOf)
{
    auto match = matchWithin(db, person);
    if (!match.ok())
        return match.error();
    std::optional<ComputedConclusion> computed;
    if (match->kind != MatchKind::Ambiguous) {
        auto concluded = concludeForPersonWithin(db, match->personId, sanctions, asOf);
        if (!concluded.ok())
            return concluded.error();
        computed = concluded.value();
    }
    return IntegrityOpinionRepository(db).storeEvaluation(requestId, seq, match.value(), computed);
}

std::optional<OpinionEntry> entryOf(const OpinionRequest& request, int seq)
{
    for (const OpinionEntry& entry : request.entries)
        if (entry.seq == seq)
            return entry;
    return std::nullopt;
}

} // namespace

Result<QString> IntegrityOpinionService::createRequest(const OpinionRequestDraft& draft, const QDate& asOf)
{
    if (draft.requestingUnit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the unit that asks for the opinion."));
    if (!draft.receivedOn.isValid() || draft.receivedOn > asOf)
        return makeError(ErrorCode::Invalid, tr("The request's date must be a date no later than today."));
    if (draft.people.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name at least one person."));
    QStringList problems;
    for (qsizetype i = 0; i < draft.people.size(); ++i) {
        const QString problem = requestedPersonProblem(draft.people.at(i));
        if (!problem.isEmpty())
            problems << tr("Person %1: %2.").arg(i + 1).arg(problem);
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.join(u'\n'));
    return access::mutate(m_session, Permission::ManageLeads, requestTarget({}),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              return createWithin(db, m_session.user().id, draft, m_sanctions, asOf, note);
                          });
}

Result<QString> IntegrityOpinionService::createWithin(const QSqlDatabase& db, qint64 actorId,
                                                      const OpinionRequestDraft& draft,
                                                      const people::SanctionLookup& sanctions, const QDate& asOf,
                                                      audit::AuditNote& note)
{
    IntegrityOpinionRepository repository(db);
    auto inserted = repository.insertRequest(draft, actorId);
    if (!inserted.ok())
        return inserted.error();
    for (qsizetype i = 0; i < draft.people.size(); ++i) {
        QF_TRY(repository.insertEntry(inserted->first, int(i) + 1, draft.people.at(i)));
        QF_TRY(evaluate(db, inserted->first, int(i) + 1, draft.people.at(i), sanctions, asOf));
    }
    note = {QStringLiteral("integrity_request.create"), kRequestType, inserted->second,
            tr("integrity opinion requested by %1 for %2 people")
                .arg(draft.requestingUnit.trimmed())
                .arg(draft.people.size())};
    return inserted->second;
}

Result<QString> IntegrityOpinionService::importCsv(OpinionRequestDraft draft, const QByteArray& csv, const QDate& asOf)
{
    QF_TRY(m_session.require(Permission::ManageLeads));
    const RequestCsv parsed = parseRequestCsv(csv);
    if (!parsed.ok())
        return makeError(ErrorCode::Invalid,
                         tr("Nothing was imported. Correct these lines and import the file again:") + u'\n' +
                             parsed.problems.join(u'\n'));
    draft.people = parsed.people;
    return createRequest(draft, asOf);
}

Result<OpinionRequest> IntegrityOpinionService::request(const QString& uid)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return IntegrityOpinionRepository(m_session.database()).load(uid);
}

Result<QList<OpinionRequestRow>> IntegrityOpinionService::requests(int limit)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return IntegrityOpinionRepository(m_session.database()).list(limit);
}

Result<QList<OpinionRequestRow>> IntegrityOpinionService::unanswered(const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return IntegrityOpinionRepository(m_session.database()).unanswered(today);
}

Result<int> IntegrityOpinionService::replyDaysWithin(const QSqlDatabase& db)
{
    auto stored = storage::SettingsRepository(db).value(kOpinionReplyDaysSetting);
    if (!stored.ok())
        return stored.error();
    bool valid = false;
    const int days = stored->toInt(&valid);
    return valid && days > 0 && days <= kMaxOpinionReplyDays ? days : kDefaultOpinionReplyDays;
}

Status IntegrityOpinionService::recompute(const QString& uid, const QDate& asOf)
{
    return access::mutate(m_session, Permission::ManageLeads, requestTarget(uid),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              IntegrityOpinionRepository repository(db);
                              auto request = repository.load(uid);
                              if (!request.ok())
                                  return request.error();
                              auto id = repository.requestId(uid);
                              if (!id.ok())
                                  return id.error();
                              int redone = 0;
                              for (const OpinionEntry& entry : request->entries) {
                                  if (entry.review != ReviewState::Pending || entry.match == MatchKind::Decided)
                                      continue;
                                  QF_TRY(evaluate(db, id.value(), entry.seq, entry.person, m_sanctions, asOf));
                                  ++redone;
                              }
                              note = {QStringLiteral("integrity_request.recompute"), kRequestType, uid,
                                      tr("%1 conclusions worked out again").arg(redone)};
                              return {};
                          });
}

Status IntegrityOpinionService::decideMatch(const QString& uid, int seq, qint64 personId, const QDate& asOf)
{
    return access::mutate(
        m_session, Permission::ManageLeads, requestTarget(uid),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            IntegrityOpinionRepository repository(db);
            auto request = repository.load(uid);
            if (!request.ok())
                return request.error();
            const auto entry = entryOf(request.value(), seq);
            if (!entry || entry->match != MatchKind::Ambiguous)
                return makeError(ErrorCode::Invalid, tr("Only an ambiguous match is decided by hand."));
            const bool known =
                personId == 0 || std::any_of(entry->candidates.cbegin(), entry->candidates.cend(),
                                             [&](const MatchCandidate& c) { return c.personId == personId; });
            if (!known)
                return makeError(ErrorCode::Invalid, tr("Choose one of the candidates shown, or none of them."));
            auto concluded = concludeForPersonWithin(db, personId, m_sanctions, asOf);
            if (!concluded.ok())
                return concluded.error();
            auto id = repository.requestId(uid);
            if (!id.ok())
                return id.error();
            QF_TRY(repository.storeEvaluation(id.value(), seq, Match{MatchKind::Decided, personId, {}},
                                              concluded.value()));
            note = {QStringLiteral("integrity_request.match"), kRequestType, uid,
                    personId == 0 ? tr("%1: none of the candidates is the person asked about").arg(entry->person.name)
                                  : tr("%1: matched by hand to person %2").arg(entry->person.name).arg(personId)};
            return {};
        });
}

Status IntegrityOpinionService::confirm(const QString& uid, int seq)
{
    return review(uid, seq, ReviewState::Confirmed, std::nullopt, QString(), QString());
}

Status IntegrityOpinionService::amend(const QString& uid, int seq, OpinionConclusion conclusion, const QString& detail,
                                      const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for amending the conclusion."));
    return review(uid, seq, ReviewState::Amended, conclusion, detail.trimmed(), reason.trimmed());
}

Status IntegrityOpinionService::review(const QString& uid, int seq, ReviewState state,
                                       std::optional<OpinionConclusion> conclusion, const QString& detail,
                                       const QString& reason)
{
    return access::mutate(
        m_session, Permission::ApproveSteps, requestTarget(uid),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            IntegrityOpinionRepository repository(db);
            auto request = repository.load(uid);
            if (!request.ok())
                return request.error();
            if (!request->replyNumber.isEmpty())
                return makeError(
                    ErrorCode::Invalid,
                    tr("The reply %1 has been issued; its conclusions are final.").arg(request->replyNumber));
            const auto entry = entryOf(request.value(), seq);
            if (!entry)
                return makeError(ErrorCode::NotFound, tr("The request has no person %1.").arg(seq));
            if (!entry->computed)
                return makeError(ErrorCode::Invalid,
                                 tr("Decide who %1 is among the candidates first.").arg(entry->person.name));
            const OpinionConclusion chosen = conclusion.value_or(entry->computed->conclusion);
            QString text = detail;
            if (text.isEmpty())
                text = chosen == entry->computed->conclusion ? entry->computed->detail
                                                             : conclusionSentence(chosen, entry->computed.value());
            auto id = repository.requestId(uid);
            if (!id.ok())
                return id.error();
            QF_TRY(repository.storeReview(id.value(), seq, state, chosen, text, reason, m_session.user().id));
            note = {QStringLiteral("integrity_request.review"), kRequestType, uid,
                    state == ReviewState::Confirmed
                        ? tr("%1: conclusion confirmed (%2)").arg(entry->person.name, opinionConclusionKey(chosen))
                        : tr("%1: conclusion amended from %2 to %3 because %4")
                              .arg(entry->person.name, opinionConclusionKey(entry->computed->conclusion),
                                   opinionConclusionKey(chosen), reason)};
            return {};
        });
}

Result<OpinionRequest> IntegrityOpinionService::reviewedRequest(const QString& uid)
{
    auto loaded = request(uid);
    if (!loaded.ok())
        return loaded.error();
    if (!loaded->allReviewed())
        return makeError(
            ErrorCode::Invalid,
            tr("Every conclusion must be confirmed or amended by a reviewer before the reply is printed."));
    return loaded;
}

Result<documents::DocumentLayout> IntegrityOpinionService::replyLayout(const QString& uid)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    auto loaded = reviewedRequest(uid);
    if (!loaded.ok())
        return loaded.error();
    auto organ = storage::SettingsRepository(m_session.database()).value(storage::settingkeys::organName);
    if (!organ.ok())
        return organ.error();
    return replyLetterLayout(loaded.value(), organ.value(), loaded->replyNumber, QDate::currentDate());
}

Result<int> IntegrityOpinionService::printReply(const QString& uid, QPagedPaintDevice& device)
{
    auto loaded = reviewedRequest(uid);
    if (!loaded.ok())
        return loaded.error();
    auto numbered =
        access::mutate(m_session, Permission::PrintDocuments, requestTarget(uid),
                       [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<documents::LoggedCopy> {
                           QString number = loaded->replyNumber;
                           if (number.isEmpty()) {
                               auto issued = issueLetterNumber(db, QStringLiteral("integrity_reply"),
                                                               QStringLiteral("{agency}廉复〔{year}〕{seq}号"),
                                                               kRequestType, uid, m_session.login());
                               if (!issued.ok())
                                   return issued.error();
                               number = issued.value();
                               IntegrityOpinionRepository repository(db);
                               auto id = repository.requestId(uid);
                               if (!id.ok())
                                   return id.error();
                               QF_TRY(repository.markReplied(id.value(), number, m_session.user().id));
                           }
                           auto copy = documents::logLetterCopy(db, kRequestType, uid, m_session.user().id,
                                                                documents::copyOutputOf(device));
                           if (!copy.ok())
                               return copy.error();
                           note = {QStringLiteral("integrity_request.print"), kRequestType, uid,
                                   tr("integrity opinion reply %1 printed for %2, copy %3")
                                       .arg(number, loaded->requestingUnit)
                                       .arg(copy->number)};
                           return copy;
                       });
    if (!numbered.ok())
        return numbered.error();
    auto layout = replyLayout(uid);
    if (!layout.ok())
        return layout.error();
    documents::stampCopy(layout.value(), numbered.value(), m_session.login());
    return documents::GbtRenderer::render({layout.value()}, device);
}

Result<int> IntegrityOpinionService::printReplyToPdf(const QString& uid, const QString& path)
{
    QPdfWriter writer(path);
    documents::GbtRenderer::preparePdfWriter(writer, tr("Integrity opinion reply"));
    return printReply(uid, writer);
}

} // namespace qf::reporting
