#include "common/Log.h"

Q_LOGGING_CATEGORY(lcCrypto, "qf.crypto")
Q_LOGGING_CATEGORY(lcStorage, "qf.storage")
Q_LOGGING_CATEGORY(lcAudit, "qf.audit")
Q_LOGGING_CATEGORY(lcAccess, "qf.access")
Q_LOGGING_CATEGORY(lcCli, "qf.cli")
