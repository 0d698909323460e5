#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace qf::cli {

// Where typed secrets come from when no file is given. The binary uses the terminal; tests pass their own.
class PasswordSource
{
public:
    virtual ~PasswordSource();
    // Reads one secret after showing the prompt. Error Usage when there is nobody to ask.
    virtual Result<crypto::SecretBytes> read(const QString& prompt) = 0;
};

// Reads from the terminal on stdin with echo off. When stdin is not a terminal it refuses (Usage) instead of
// waiting for input that will never come.
class TerminalPasswordSource final : public PasswordSource
{
public:
    Result<crypto::SecretBytes> read(const QString& prompt) override;
};

// A source for when no terminal may be used: every read fails with a usage error naming the missing option.
class NoPasswordSource final : public PasswordSource
{
public:
    Result<crypto::SecretBytes> read(const QString& prompt) override;
};

// The first line of a file (without the line break) as a secret. Errors name the file.
Result<crypto::SecretBytes> readSecretFile(const QString& path);

// Writes text plus a newline to a file only the owner can read (0600). With exclusive, an existing file is an
// error; otherwise it is replaced.
Status writePrivateFile(const QString& path, QByteArrayView content, bool exclusive);

// True if group or others may read the file; the CLI warns about such password files.
bool isReadableByOthers(const QString& path);

} // namespace qf::cli
