#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf::cases {

// A certificate to handle cases (持证上岗).
struct Certification
{
    QString uid;
    QString certificate;
    QDate issuedOn;
    QDate validUntil;
};

struct TrainingRecord
{
    QString uid;
    QString course;
    QDate heldOn;
    int hours = 0;
    QString result;
};

// The talent pool (人才库) tiers: reserve 后备, core 骨干, expert 专家.
QStringList talentTiers();

// One line of the staff register as of a date.
struct StaffEntry
{
    QString login;
    QString displayName;
    bool certified = false;   // holds a certificate valid on the date
    QDate certifiedUntil;     // the latest validity of any certificate issued by the date
    int trainingHours = 0;    // in the calendar year of the date
    QString tier;             // empty when not in the talent pool
    QString office;           // code in the 'office' category list; empty when not assigned
    QString officeLabel;      // the office's label in that list
    QStringList currentCases; // numbers of the open cases they serve on
};

} // namespace qf::cases
