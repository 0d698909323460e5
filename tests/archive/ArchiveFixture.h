#pragma once

#include "CaseFixture.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveImporter.h"

#include <QMap>

namespace qf::test {

// Vault A (a case office with a case, evidence and two attachments) and vault B (an empty office that receives).
class ArchiveFixture
{
public:
    static constexpr const char* kPassphrase = "correct horse battery staple";

    ArchiveFixture();
    CaseFixture& a() { return m_a; }
    TestVault& b() { return m_b; }
    const QString& caseUid() const { return m_caseUid; }
    QByteArray bigFile() const { return m_big; }
    QString work(const QString& name) const { return m_work.filePath(name); }

    // The auditor of A exports the case with a passphrase.
    Result<archive::ExportResult> exportCase(const QString& path, bool includeIdentities = false);
    QByteArray publicKeyOfA();
    // B's administrator trusts A's workstation key.
    void trustAinB();
    Result<archive::ImportResult> importIntoB(const QString& path, const char* passphrase = kPassphrase,
                                              const QString& overrideReason = {});
    // Row counts of every table of B but the audit trail and the import log: "B is untouched" means this is equal.
    QMap<QString, qint64> snapshotB();

private:
    CaseFixture m_a;
    TestVault m_b;
    QTemporaryDir m_work;
    QString m_caseUid;
    QByteArray m_big;
};

crypto::SecretBytes passphrase(const char* text = ArchiveFixture::kPassphrase);
// Canonical documents of a case's records (users left out, uids of rows without one blanked), sorted.
QStringList caseDocuments(const QSqlDatabase& db, const QString& caseUid);
QMap<QString, qint64> tableCounts(const QSqlDatabase& db);

} // namespace qf::test
