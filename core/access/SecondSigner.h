#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

namespace qf::access {

// The second person of a two-person step, present at the workstation: their password proves it.
struct SecondSigner
{
    QString login;
    crypto::SecretBytes password;
};

// Checks the second signer's password against their key slot and that they are someone other than the session's
// user. Returns their user record.
Result<User> confirmSecondSigner(Session& session, const SecondSigner& signer);

} // namespace qf::access
