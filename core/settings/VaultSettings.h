#pragma once

#include <QList>
#include <QString>

namespace qf::settings {

// The pattern of one kind of registry number (文号), e.g. {agency}案〔{year}〕{seq}号.
struct NumberPattern
{
    QString kind;
    QString label; // what is numbered, in the user's language
    QString pattern;
};

// The time limit of one case stage (办理期限), from the case workflow; 0 months: the stage has none.
struct StageTimeLimit
{
    QString stage;
    QString label; // in the user's language
    int months = 0;
    int extendableMonths = 0;
};

// The settings an administrator edits inside a vault. Workstation preferences live in ui::UiSettings instead.
struct VaultSettings
{
    QString organName;
    QString numberAgency; // the prefix that {agency} stands for, e.g. 苏纪
    QList<NumberPattern> numberPatterns;
    int backupKeep = 0;       // backup sets kept by rotation; 0 keeps all
    int opinionReplyDays = 0; // days a request for integrity opinions has for its reply
};

} // namespace qf::settings
