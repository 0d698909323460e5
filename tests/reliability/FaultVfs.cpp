#include "FaultVfs.h"

#include "storage/SqliteApi.h"

#include <atomic>
#include <cstdlib>

namespace qf::reliability {

namespace {

std::atomic<qint64> callCount{0};
std::atomic<qint64> failAt{0};
std::atomic<bool> faultFired{false};
std::atomic<Fault> faultKind{Fault::IoError};

sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs faultVfs;

// Our file: SQLite allocates szOsFile bytes; the real VFS's file lives right after this header.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

// Counts one call and says which error to return instead, or SQLITE_OK to let it through.
int injected(int ioErrorCode)
{
    const qint64 number = ++callCount;
    const qint64 target = failAt.load();
    if (target <= 0)
        return SQLITE_OK;
    const bool sticky = faultKind.load() == Fault::DiskFull;
    if (number == target || (sticky && number > target && ioErrorCode == SQLITE_IOERR_WRITE)) {
        faultFired = true;
        return sticky ? SQLITE_FULL : ioErrorCode;
    }
    return SQLITE_OK;
}

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

int faultClose(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(SQLITE_IOERR_READ); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(SQLITE_IOERR_WRITE); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int faultTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (const int rc = injected(SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int faultSync(sqlite3_file* file, int flags)
{
    if (const int rc = injected(SQLITE_IOERR_FSYNC); rc != SQLITE_OK)
        return rc;
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

// The rest pass straight through.
int faultFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int faultLock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int faultUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int faultCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int faultFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int faultSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int faultDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int faultShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int faultShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int faultShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int faultFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

// Version 3 methods: WAL needs the shared-memory calls. Memory-mapped reads (xFetch) are off in our vaults, so
// every page read goes through xRead and is counted.
const sqlite3_io_methods faultMethods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = wrapper->real->pMethods ? &faultMethods : nullptr;
    return rc;
}

} // namespace

void FaultVfs::install()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs)
        std::abort();
    faultVfs = *realVfs;
    faultVfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + realVfs->szOsFile;
    faultVfs.zName = "qf-fault";
    faultVfs.pNext = nullptr;
    faultVfs.xOpen = faultOpen;
    sqlite3_vfs_register(&faultVfs, 1);
}

void FaultVfs::arm(qint64 callNumber, Fault fault)
{
    faultKind = fault;
    faultFired = false;
    callCount = 0;
    failAt = callNumber;
}

void FaultVfs::disarm()
{
    failAt = 0;
}

qint64 FaultVfs::calls()
{
    return callCount.load();
}

void FaultVfs::resetCount()
{
    callCount = 0;
}

bool FaultVfs::fired()
{
    return faultFired.load();
}

} // namespace qf::reliability
