#pragma once

#include "cli/CliContext.h"

namespace qf::cli {

// One function per verb. Each returns the outcome; runCli prints a failure and turns it into an exit code.
Status runInit(CliContext& context);
Status runUserAdd(CliContext& context);
Status runUserList(CliContext& context);
Status runUserPasswd(CliContext& context);
Status runUserDisable(CliContext& context);
Status runInfo(CliContext& context);
Status runAuditVerify(CliContext& context);
Status runDemo(CliContext& context);
Status runArchiveExport(CliContext& context);
Status runArchiveVerify(CliContext& context);
Status runArchiveInspect(CliContext& context);
Status runArchiveImport(CliContext& context);
Status runTrustAdd(CliContext& context);
Status runTrustList(CliContext& context);
Status runTrustRevoke(CliContext& context);
Status runWorkstationKey(CliContext& context);
Status runBackup(CliContext& context);
Status runRestore(CliContext& context);
Status runDocRender(CliContext& context);

} // namespace qf::cli
