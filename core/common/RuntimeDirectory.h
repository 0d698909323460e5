#pragma once

namespace qf {

// Qt's offscreen platform asks for a runtime directory. Where no login session gave one (cron, a container, a
// plain su, a build machine), this points XDG_RUNTIME_DIR at a private one of our own, so that Qt does not warn on
// every start; only a directory that this user owns and nobody else can enter is taken. Call before the
// application object is made.
void ensureRuntimeDirectory();

} // namespace qf
