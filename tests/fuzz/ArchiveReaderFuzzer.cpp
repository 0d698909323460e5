// libFuzzer: the archive reader over a whole file from anyone. The input is written to a file (the reader takes a
// path) and read with this workstation's key, the way an import or a verification reads it. Whatever the bytes, the
// reader must end with an error or a complete, consistent archive: no crash, no leak, no unbounded allocation.
#include "FuzzSupport.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* dir = std::getenv("QF_FUZZ_WRITE_SEEDS")) {
        qf::fuzz::writeSeeds(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    (void)qf::fuzz::fuzzKeys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    qf::fuzz::readWithFuzzKey(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
