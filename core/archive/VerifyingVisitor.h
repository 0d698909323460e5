#pragma once

#include "archive/ArchiveVerifier.h"
#include "archive/RecordCatalog.h"

#include <QSet>
#include <memory>

namespace qf::archive {

// The checks a verification makes as the reader goes, filling a VerifyReport: the signer's trust, each record's
// JSON against the schema, that records come in import order and before any attachment's content (so an import can
// store each record as it arrives), each attachment record against its content entry, and at the end that every
// entry was checked. The verifier runs it alone; the importer runs it in the same pass that imports, so what is
// imported is exactly what was checked.
class VerifyingVisitor : public ArchiveVisitor
{
public:
    // db: a vault connection to judge the signer and the records against; null to check structure only.
    VerifyingVisitor(VerifyReport& report, const QSqlDatabase* db);

    Status header(const ArchiveHeaderInfo& info) override;
    Status manifest(const Manifest& manifest, const SignerInfo& signer) override;
    Status record(const ManifestEntry& entry, const QByteArray& bytes) override;
    Status attachmentBegin(const ManifestEntry& entry) override;
    Status attachmentEnd(const ManifestEntry& entry) override;

    // The record parsed and checked, for a caller that goes on to use it.
    Result<RecordDoc> checkRecord(const ManifestEntry& entry, const QByteArray& bytes);
    // After manifest(): an UntrustedSigner error if the signer is not trusted (or was revoked).
    Status signerTrusted() const;
    // After the reader finished: every entry of the manifest was checked.
    Status everyEntryChecked() const;
    // The vault's catalog the records are checked against (null without a vault), and whether it loaded; an
    // importer stores records through the same catalog instead of reading the schema a second time.
    RecordCatalog* catalog() { return m_catalog.get(); }
    const Status& catalogStatus() const { return m_catalogStatus; }

private:
    VerifyReport& m_report;
    const QSqlDatabase* m_db;
    std::unique_ptr<RecordCatalog> m_catalog;
    Status m_catalogStatus;
    QHash<QString, ManifestEntry> m_content;
    QSet<QString> m_recordsWithContent;
    int m_lastTypeRank = -1;       // the import-order rank of the last record's type
    bool m_contentStarted = false; // records come before every attachment's content
};

} // namespace qf::archive
