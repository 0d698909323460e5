#include "access/LoginThrottle.h"

#include "crypto/Mac.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace qf::access {

namespace {
constexpr int kMaxPending = 1000;
const QString kUsers = QStringLiteral("users");
const QString kPending = QStringLiteral("pending");
} // namespace

LoginThrottle::LoginThrottle(QString vaultPath, int baseDelaySeconds, int maxDelaySeconds)
    : m_path(pathFor(vaultPath)), m_baseDelaySeconds(baseDelaySeconds), m_maxDelaySeconds(maxDelaySeconds)
{
}

QString LoginThrottle::hashLogin(const QString& login)
{
    return QString::fromLatin1(
        crypto::sha256(QByteArray(QByteArray("qf-login|") + login.toLower().toUtf8())).toHex().left(32));
}

QJsonObject LoginThrottle::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void LoginThrottle::save(const QJsonObject& state) const
{
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

int LoginThrottle::failuresInARow(const QString& login) const
{
    return load().value(kUsers).toObject().value(hashLogin(login)).toObject().value(QStringLiteral("failures")).toInt();
}

int LoginThrottle::delaySecondsAfter(int failures) const
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 20);
    return static_cast<int>(std::min<qint64>(qint64(m_baseDelaySeconds) << doublings, m_maxDelaySeconds));
}

Status LoginThrottle::checkAllowed(const QString& login, const QDateTime& nowUtc) const
{
    const QJsonObject entry = load().value(kUsers).toObject().value(hashLogin(login)).toObject();
    const int delay = delaySecondsAfter(entry.value(QStringLiteral("failures")).toInt());
    if (delay == 0)
        return {};
    const QDateTime last = QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODateWithMs);
    const qint64 waited = last.isValid() ? last.secsTo(nowUtc) : delay;
    if (waited >= delay)
        return {};
    return makeError(ErrorCode::Throttled,
                     QCoreApplication::translate("qf::access::LoginThrottle",
                                                 "Too many failed logins for this user. Wait %n second(s) and try "
                                                 "again.",
                                                 nullptr, static_cast<int>(delay - waited)));
}

void LoginThrottle::recordFailure(const QString& login, const QDateTime& nowUtc)
{
    QJsonObject state = load();
    QJsonObject users = state.value(kUsers).toObject();
    const QString key = hashLogin(login);
    QJsonObject entry = users.value(key).toObject();
    const QString at = nowUtc.toString(Qt::ISODateWithMs);
    entry.insert(QStringLiteral("failures"), entry.value(QStringLiteral("failures")).toInt() + 1);
    entry.insert(QStringLiteral("last"), at);
    users.insert(key, entry);
    state.insert(kUsers, users);
    QJsonArray pending = state.value(kPending).toArray();
    if (pending.size() < kMaxPending)
        pending.append(QJsonObject{{QStringLiteral("who"), key}, {QStringLiteral("at"), at}});
    state.insert(kPending, pending);
    save(state);
}

void LoginThrottle::recordSuccess(const QString& login)
{
    QJsonObject state = load();
    QJsonObject users = state.value(kUsers).toObject();
    if (!users.contains(hashLogin(login)))
        return;
    users.remove(hashLogin(login));
    state.insert(kUsers, users);
    save(state);
}

QList<LoginThrottle::PendingFailure> LoginThrottle::takePendingFailures()
{
    QJsonObject state = load();
    QList<PendingFailure> failures;
    const QJsonArray pending = state.value(kPending).toArray();
    for (const QJsonValue& value : pending)
        failures.append({value.toObject().value(QStringLiteral("who")).toString(),
                         value.toObject().value(QStringLiteral("at")).toString()});
    if (!pending.isEmpty()) {
        state.remove(kPending);
        save(state);
    }
    return failures;
}

} // namespace qf::access
