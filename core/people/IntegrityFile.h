#pragma once

#include "people/Person.h"

#include <QList>
#include <QString>
#include <optional>

namespace qf::people {

// 廉政档案: a cadre's file. The person is the identity shared with reports and leads; the file keeps the current post.
struct IntegrityFile
{
    qint64 id = 0;
    QString uid;
    Person person;
    QString unit;
    QString position;
    QString cadreLevel; // category code, kind 'cadre_level'
    QString openedAt;
};

// 个人有关事项报告 for one year.
struct PersonalMattersReport
{
    QString uid;
    int year = 0;
    QString familyMembers;
    QString realEstate;
    QString investments;
    QString relativesAbroad;
    QString passports;
    qint64 incomeCents = 0; // declared yearly income
};

enum class AnomalyKind
{
    PropertyIncomeMismatch, // property that does not fit the declared income
    UndeclaredPassport,
    UndeclaredInvestment,
    Other,
};
QList<AnomalyKind> allAnomalyKinds();
QString anomalyKindKey(AnomalyKind kind);
std::optional<AnomalyKind> anomalyKindFromKey(const QString& key);
QString anomalyKindDisplayName(AnomalyKind kind); // translated
QString anomalyKindTerm(AnomalyKind kind);        // the Chinese term written into a lead

// An anomaly raised by hand on a file; once turned into a lead it carries the lead's number.
struct AnomalyFlag
{
    QString uid;
    AnomalyKind kind = AnomalyKind::Other;
    QString description;
    QString raisedBy;
    QString raisedAt;
    QString leadUid;
    QString leadNumber;
};

} // namespace qf::people
