#pragma once

#include <QString>

namespace qf::access {

// 密级. Records at Secret and above are visible only to people assigned to them.
enum class ConfidentialityLevel
{
    Internal = 0,     // 内部
    Secret = 1,       // 秘密
    Confidential = 2, // 机密
    TopSecret = 3,    // 绝密
};

QString confidentialityDisplayName(ConfidentialityLevel level);

// What a permission check is about: a record type, its uid and its confidentiality. Empty for global actions.
struct AccessTarget
{
    QString type;
    QString uid;
    ConfidentialityLevel level = ConfidentialityLevel::Internal;

    bool isRecord() const { return !uid.isEmpty(); }
};

} // namespace qf::access
