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

// Writes the seed corpus into a folder (QF_FUZZ_WRITE_SEEDS=DIR): valid tiny archives and mutated ones, plus the
// JSON harness's seeds in DIR/../json.
void writeSeeds(const QString& dir);

} // namespace qf::fuzz
