#pragma once

#include "reporting/IntegrityOpinion.h"

#include <QByteArray>
#include <QStringList>

namespace qf::reporting {

// A request list read from CSV: the people, or one translated problem per bad line ("Line 4: ..."). A file with any
// problem yields no people, so nothing partial is ever stored.
struct RequestCsv
{
    QList<RequestedPerson> people;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// UTF-8 CSV with a header row naming the columns, in Chinese (姓名, 身份证号码, 单位, 现任职务, 拟任职务) or English
// (name, id_number, unit, position, proposed_post), in any order; 身份证号码 and 现任职务 may be left empty.
// Fields may be quoted with double quotes.
RequestCsv parseRequestCsv(const QByteArray& csv);

} // namespace qf::reporting
