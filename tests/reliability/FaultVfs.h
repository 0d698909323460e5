#pragma once

#include <QtGlobal>

namespace qf::reliability {

// What an injected fault looks like to SQLite.
enum class Fault
{
    IoError,  // the call fails once with SQLITE_IOERR_<kind>, as a flaky USB stick would
    DiskFull, // this write and every later one fail with SQLITE_FULL until disarmed, as on a full disk
};

// A SQLite VFS that wraps the default one (unix) and sits under SQLCipher's codec, so it sees the encrypted pages
// our code writes. It counts every read, write, sync and truncate on every file SQLite opens (database, WAL,
// journal, attached backup), and can fail the Nth of them. Installed as the process's default VFS, so the product
// code opens vaults through it unchanged.
class FaultVfs
{
public:
    static void install();
    // Counting restarts at zero; the next call numbered `callNumber` (1-based) fails.
    static void arm(qint64 callNumber, Fault fault);
    static void disarm();
    // Calls counted since the last arm() or resetCount().
    static qint64 calls();
    static void resetCount();
    // True once the armed fault has been delivered.
    static bool fired();
};

} // namespace qf::reliability
