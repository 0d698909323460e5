#pragma once

#include "leads/Lead.h"

#include <QDate>
#include <QString>
#include <optional>

namespace qf::leads {

// The lead library's filter bar. Empty fields do not filter.
struct LeadFilter
{
    QString number;  // prefix of the lead number
    QString subject; // subject name, or ID number when it looks like one
    QString unit;    // substring of the subject's unit
    std::optional<LeadStatus> status;
    QString source;
    QString sector;
    QDate createdFrom;
    QDate createdTo;
    bool overdueOnly = false; // next review date has passed and the lead is not closed
    QString text;             // Chinese substring of the summary
    int offset = 0;
    int limit = 100;
};

// One row of the lead library.
struct LeadRow
{
    QString uid;
    QString number;
    LeadStatus status = LeadStatus::Registered;
    QString disposition;
    QString source;
    QString sector;
    QString subjects; // names, joined
    QString summary;
    QString createdAt;
    QDate nextReviewDate;
    bool overdue = false;
    access::ConfidentialityLevel confidentiality = access::ConfidentialityLevel::Internal;
};

} // namespace qf::leads
