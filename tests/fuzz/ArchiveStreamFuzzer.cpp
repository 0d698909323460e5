// libFuzzer: the reader after decryption. The input is a script of writer calls (see FuzzSupport.h) that the
// product's writer turns into a correctly encrypted and signed archive for the fuzz key, so every input gets past
// the cryptography and exercises what a holder of a recipient key could send: message order, entry indices, sizes,
// hashes, the manifest and the records.
#include "FuzzSupport.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray archive = qf::fuzz::archiveFromScript(QByteArrayView(data, static_cast<qsizetype>(size)), nullptr);
    qf::fuzz::readWithFuzzKey(archive);
    return 0;
}
