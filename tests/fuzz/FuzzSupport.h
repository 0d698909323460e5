#pragma once

#include "archive/ArchiveReader.h"
#include "crypto/SecretBytes.h"

namespace qf::fuzz {

// A fixed workstation key pair: the reader harness opens archives addressed to it, and the seeds are.
struct FuzzKeys
{
    crypto::SecretBytes secret;
    QByteArray publicKey;
};
const FuzzKeys& fuzzKeys();

// The plaintext of an archive as a script of writer calls: 'M' u16 length, manifest bytes | 'B' u32 entry index |
// 'D' u16 length, data bytes (little-endian; other bytes are skipped). Returns the archive the product's writer
// makes of it: encrypted to the fuzz key, signed, finished. A harness can so reach everything the reader does after
// decryption, which only a holder of a recipient key could shape.
QByteArray archiveFromScript(QByteArrayView script, const crypto::SecretBytes* passphrase = nullptr);

// Writes the bytes to a scratch file and reads them as an archive with the fuzz key, the way an import reads: a
// visitor parses every record and aborts if the reader hands over anything whose size it did not check.
void readWithFuzzKey(QByteArrayView archiveBytes);

// Writes the seed corpus into a folder (QF_FUZZ_WRITE_SEEDS=DIR): valid tiny archives and mutated ones, plus the
// JSON harness's seeds in DIR/../json and the stream harness's scripts in DIR/../stream.
void writeSeeds(const QString& dir);

} // namespace qf::fuzz
