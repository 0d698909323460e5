#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "leads/Lead.h"
#include "people/IntegrityFile.h"
#include "people/SubjectHistory.h"

namespace qf::people {

// What a lead made from an anomaly flag is filed under; the summary defaults to the flag's description.
struct FlagLeadDraft
{
    QString allegation; // category code, kind 'allegation'
    QString sector;     // category code, kind 'sector'
    QString summary;
};

// Integrity files (廉政档案, R-2.4): opening a file for a cadre, their post, yearly personal-matters reports, anomaly
// flags raised by hand and turned into leads, and the computed history of everything on record about them.
class IntegrityFileService
{
public:
    explicit IntegrityFileService(access::Session& session, const SanctionLookup& sanctions = defaultSanctionLookup())
        : m_session(session), m_sanctions(sanctions)
    {
    }

    // The cadre needs a valid ID number; one file per person.
    Result<IntegrityFile> openFile(const Person& cadre);
    Result<IntegrityFile> file(const QString& uid);
    Result<QList<IntegrityFile>> search(const QString& text, int limit = 500);
    Status updatePost(const QString& fileUid, const QString& unit, const QString& position, const QString& cadreLevel);

    Status recordPersonalMatters(const QString& fileUid, const PersonalMattersReport& report);
    Result<QList<PersonalMattersReport>> personalMatters(const QString& fileUid);

    Result<QString> raiseFlag(const QString& fileUid, AnomalyKind kind, const QString& description);
    Result<QList<AnomalyFlag>> flags(const QString& fileUid);
    // Registers a lead about the cadre through the lead library, in the same transaction that links it to the flag.
    Result<leads::Lead> turnFlagIntoLead(const QString& flagUid, const FlagLeadDraft& draft);

    Result<SubjectHistory> history(const QString& fileUid);

private:
    access::Session& m_session;
    const SanctionLookup& m_sanctions;
};

} // namespace qf::people
