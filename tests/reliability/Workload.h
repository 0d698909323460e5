#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <memory>

namespace qf::reliability {

// The office the harnesses act as: an administrator, a clerk, a lead investigator, an investigator, an approver
// and an auditor, with fast test key derivation. Passwords are "<login>-password" ("admin-password-1" for admin).
QString passwordOf(const QString& login);
Result<std::unique_ptr<access::Session>> login(const QString& vaultPath, const QString& login);
// Creates the vault with its administrator only.
Result<std::unique_ptr<access::Session>> createVault(const QString& vaultPath);
// Creates the vault and its staff; the admin session is returned (the vault stays open through it).
Result<std::unique_ptr<access::Session>> createOffice(const QString& vaultPath);

// One committed change, as the harness's side log records it: what it is, its uid, and what to check it against.
struct Committed
{
    QString kind; // report, case, stage, evidence, attachment, property
    QString uid;
    QString detail; // the stage reached, the attachment's sha256 in hex
    QString line() const;
    static Committed parse(const QString& line);
};

// Real service calls, each its own committed transaction, acting as the office's staff.
class Workload
{
public:
    static Result<std::unique_ptr<Workload>> open(const QString& vaultPath);

    Result<Committed> registerReport();
    // A lead registered, decided for filing, the case opened and its team assigned; the case is the record.
    Result<Committed> openCase();
    // Records the standing committee's decision, then requests and approves the case's first transition (file).
    Result<Committed> advanceCase(const QString& caseUid);
    Result<Committed> recordEvidence(const QString& caseUid);
    // Attaches `size` random bytes (several chunks when large) to an evidence item.
    Result<Committed> attachFile(const QString& evidenceUid, qint64 size);
    Result<Committed> registerProperty(const QString& caseUid);

    access::Session& clerk() { return *m_clerk; }

private:
    Workload() = default;
    std::unique_ptr<access::Session> m_clerk;
    std::unique_ptr<access::Session> m_lead;
    std::unique_ptr<access::Session> m_boss;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    int m_serial = 0;
};

} // namespace qf::reliability
