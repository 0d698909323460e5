#pragma once

#include <QList>
#include <QString>

namespace qf::settings {

// The pattern of one kind of registry number (文号), e.g. {agency}案〔{year}〕{seq}号.
struct NumberPattern
{
    QString kind;
    QString pattern;
};

// The settings an administrator edits inside a vault. Workstation preferences live in ui::UiSettings instead.
struct VaultSettings
{
    QString organName;
    QString numberAgency; // the prefix that {agency} stands for, e.g. 苏纪
    QList<NumberPattern> numberPatterns;
    int backupKeep = 0; // backup sets kept by rotation; 0 keeps all
};

} // namespace qf::settings
