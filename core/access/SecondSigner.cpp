#include "access/SecondSigner.h"

#include "access/UserRepository.h"

#include <QCoreApplication>

namespace qf::access {

Result<User> confirmSecondSigner(Session& session, const SecondSigner& signer)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("qf::access::SecondSigner", text); };
    if (signer.login.compare(session.login(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::Invalid, tr("The second signer must be a different person."));
    auto user = UserRepository(session.database()).findByLogin(signer.login);
    if (!user.ok() || user->disabled || !session.vault().checkPassword(signer.login, signer.password))
        return makeError(ErrorCode::WrongPassword, tr("The second signer's name or password is not correct."));
    return user;
}

} // namespace qf::access
