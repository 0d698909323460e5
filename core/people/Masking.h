#pragma once

#include <QString>

namespace qf::people {

// How protected identities look to anyone without a grant: 张*, 欧阳**, 3201**********1234, 138****5678.
QString maskName(const QString& name);
QString maskIdNumber(const QString& idNumber);
QString maskPhone(const QString& phone);
QString maskFreeText(const QString& text); // addresses and units: keep the first two characters

} // namespace qf::people
