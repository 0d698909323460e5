#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qf::access {

// Counts failed logins per user in a small file beside the vault (user names are stored only as hashes), so the
// delay survives restarts. Failures are queued there until the next successful login writes them to the audit
// trail, since the trail cannot be written without the key.
class LoginThrottle
{
public:
    static constexpr int kFreeAttempts = 5;

    explicit LoginThrottle(QString vaultPath, int baseDelaySeconds = 2, int maxDelaySeconds = 900);

    // Error Throttled with the wait in seconds when the user must wait before trying again.
    Status checkAllowed(const QString& login, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc()) const;
    void recordFailure(const QString& login, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    void recordSuccess(const QString& login);
    int failuresInARow(const QString& login) const;
    int delaySecondsAfter(int failures) const;

    struct PendingFailure
    {
        QString loginHash;
        QString atUtc;
    };
    // Hands over the queued failures and clears them from the file.
    QList<PendingFailure> takePendingFailures();
    static QString hashLogin(const QString& login);
    static QString pathFor(const QString& vaultPath) { return vaultPath + QStringLiteral(".logins"); }

private:
    QJsonObject load() const;
    void save(const QJsonObject& state) const;

    QString m_path;
    int m_baseDelaySeconds;
    int m_maxDelaySeconds;
};

} // namespace qf::access
