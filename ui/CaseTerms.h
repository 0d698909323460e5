#pragma once

#include "cases/Case.h"
#include "workflow/WorkflowDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace qf::ui {

// The words the case screens show for core's codes: stages, guards, team roles, statuses, review kinds.
class CaseTerms
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::CaseTerms)

public:
    static QString stageLabel(const workflow::WorkflowDefinition& definition, const QString& stageId);
    static QString guardName(const QString& guard, const QJsonObject& params = {});
    static QString meetingTypeName(const QString& code);
    static QString teamRoleName(cases::TeamRole role);
    static QString measureStatusName(const QString& status);
    static QString reviewKindName(const QString& kind);
    static QString recusalStatusName(const QString& status);
    static QString requestStatusName(const QString& status);
    static QString roleName(const QString& roleKey);
    // Dates look the same everywhere, in tables, text and date fields, in both languages: 2026-11-28.
    static inline const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
    static inline const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& time);
};

} // namespace qf::ui
