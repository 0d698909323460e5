#pragma once

#include <QString>

namespace qf::people {

// Someone a report or lead is about (被反映人 / 被调查人). Not protected: reporters and witnesses are elsewhere.
struct Person
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString idNumber;
    bool idNumberValid = false;
    QString unit;
    QString position;
    QString cadreLevel; // category code, kind 'cadre_level'
};

} // namespace qf::people
