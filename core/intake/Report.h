#pragma once

#include "people/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace qf::intake {

// How a report arrived (来源渠道).
enum class Channel
{
    Letter,
    Visit,
    Phone,
    Online,
    Transfer,
    InspectionTour,
    Audit,
    CaseFinding,
    Other,
};

QList<Channel> allChannels();
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString& key);
QString channelDisplayName(Channel channel);

// What screening decided.
enum class Screening
{
    Pending,
    NewLead,
    Attached,
    Forwarded,
    Filed,
};
QString screeningKey(Screening screening);
std::optional<Screening> screeningFromKey(const QString& key);
QString screeningDisplayName(Screening screening);

// A reporter's or witness's identity as typed in; stored apart and masked on every read without a grant.
struct IdentityDraft
{
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QString workUnit;

    bool isEmpty() const { return name.isEmpty() && idNumber.isEmpty() && phone.isEmpty() && address.isEmpty(); }
};

// What a clerk enters for a new report (信访举报件).
struct ReportDraft
{
    Channel channel = Channel::Letter;
    QDate receivedDate;
    bool realName = false;
    IdentityDraft reporter;
    QList<people::Person> subjects;
    QStringList allegations; // category codes, kind 'allegation'
    QString sector;          // category code, kind 'sector'
    QString summary;
};

// A registered report as read back. Reporter details never appear here: see ProtectedIdentity.
struct Report
{
    qint64 id = 0;
    QString uid;
    Channel channel = Channel::Letter;
    QDate receivedDate;
    bool realName = false;
    QStringList allegations;
    QString sector;
    QString summary;
    QString registeredBy;
    QString registeredAt;
    Screening screening = Screening::Pending;
    QString screeningReason;
    QString leadUid;
    QList<people::Person> subjects;
};

// Warnings that do not stop registration but must be shown (an ID number that fails its check, ...).
struct RegistrationResult
{
    Report report;
    QStringList warnings;
};

} // namespace qf::intake
