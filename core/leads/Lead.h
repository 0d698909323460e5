#pragma once

#include "access/Confidentiality.h"
#include "people/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace qf::leads {

enum class LeadStatus
{
    Registered,  // 已登记: waiting for its first collective review
    UnderReview, // 办理中: being handled after a disposition (inquiry, preliminary verification)
    Disposed,    // 已处置: held pending more information, or sent on to case filing
    Closed,      // 已了结
};
QList<LeadStatus> allLeadStatuses();
QString leadStatusKey(LeadStatus status);
std::optional<LeadStatus> leadStatusFromKey(const QString& key);
QString leadStatusDisplayName(LeadStatus status);

// 处置方式. Forward hands a lead to the agency with jurisdiction.
enum class Disposition
{
    Inquiry,                 // 谈话函询
    PreliminaryVerification, // 初步核实
    Hold,                    // 暂存待查
    Close,                   // 予以了结
    FileCase,                // 立案审查
    Forward,                 // 移交有管辖权机关
};
QList<Disposition> allDispositions();
QString dispositionKey(Disposition disposition);
std::optional<Disposition> dispositionFromKey(const QString& key);
QString dispositionDisplayName(Disposition disposition);
// The glossary term (GLOSSARY.md) printed on forms and written into records, whatever the UI language.
QString dispositionTerm(Disposition disposition);
// The status a lead takes after the disposition.
LeadStatus statusAfter(Disposition disposition);

struct LeadDraft
{
    QString source;     // category code, kind 'lead_source'
    QString allegation; // category code, kind 'allegation'
    QString sector;     // category code, kind 'sector'
    QString cadreLevel; // category code, kind 'cadre_level' (jurisdiction)
    access::ConfidentialityLevel confidentiality = access::ConfidentialityLevel::Internal;
    QString summary;
    QList<people::Person> subjects;
    QString foundInCaseUid; // a lead found while handling a case
    QStringList assignedLogins;
};

struct Lead
{
    qint64 id = 0;
    QString uid;
    QString number;
    QString source;
    QString allegation;
    QString sector;
    QString cadreLevel;
    access::ConfidentialityLevel confidentiality = access::ConfidentialityLevel::Internal;
    QString summary;
    LeadStatus status = LeadStatus::Registered;
    std::optional<Disposition> disposition;
    QDate nextReviewDate;
    QString foundInCaseUid;
    QString createdAt;
    QList<people::Person> subjects;
    QStringList reportUids;
};

} // namespace qf::leads
