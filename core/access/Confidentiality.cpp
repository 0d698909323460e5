#include "access/Confidentiality.h"

#include <QCoreApplication>

namespace qf::access {

QString confidentialityDisplayName(ConfidentialityLevel level)
{
    switch (level) {
    case ConfidentialityLevel::Internal:
        return QCoreApplication::translate("qf::access::Confidentiality", "Internal");
    case ConfidentialityLevel::Secret:
        return QCoreApplication::translate("qf::access::Confidentiality", "Secret");
    case ConfidentialityLevel::Confidential:
        return QCoreApplication::translate("qf::access::Confidentiality", "Confidential");
    case ConfidentialityLevel::TopSecret:
        return QCoreApplication::translate("qf::access::Confidentiality", "Top secret");
    }
    return {};
}

} // namespace qf::access
