#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace qf::crypto {

// Argon2id parameters; they are stored with each key slot so a slot always opens with what made it.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // About 0.5 to 1 s on the reference workstation; the only default the product uses.
    static KdfParams production();
    // Minimal cost. Only tests and the demo pass it, explicitly.
    static KdfParams fastForTesting();

    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject& json);
};

constexpr int kSaltBytes = 16;

QByteArray randomSalt();
Result<SecretBytes> deriveKeyFromPassword(const SecretBytes& password, const QByteArray& salt, const KdfParams& params);

} // namespace qf::crypto
