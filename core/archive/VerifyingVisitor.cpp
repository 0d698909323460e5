#include "archive/VerifyingVisitor.h"

#include <QCoreApplication>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::ArchiveVerifier)
};

// Each travelling type's position in the import order.
const QHash<QString, int>& importRanks()
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> byType;
        const QStringList& order = RecordCatalog::importOrder();
        for (int i = 0; i < order.size(); ++i)
            byType.insert(order.at(i), i);
        return byType;
    }();
    return ranks;
}

} // namespace

VerifyingVisitor::VerifyingVisitor(VerifyReport& report, const QSqlDatabase* db) : m_report(report), m_db(db)
{
    if (m_db) {
        m_catalog = std::make_unique<RecordCatalog>(*m_db);
        m_catalogStatus = m_catalog->load();
    }
}

Status VerifyingVisitor::header(const ArchiveHeaderInfo& info)
{
    m_report.header = info;
    m_report.headerRead = true;
    return {};
}

Status VerifyingVisitor::manifest(const Manifest& manifest, const SignerInfo& signer)
{
    m_report.signatureValid = true;
    m_report.signer = signer;
    m_report.manifest = manifest;
    m_report.manifestRead = true;
    if (m_db) {
        QString label;
        auto trust = TrustList::trustOf(*m_db, signer.publicKey, &label);
        if (!trust.ok())
            return trust.error();
        m_report.trust = trust.value();
        m_report.signerLabel = label;
    }
    for (const ManifestEntry& entry : manifest.entries)
        if (entry.kind == EntryKind::Attachment)
            m_content.insert(entry.uid, entry);
    return m_catalogStatus;
}

Status VerifyingVisitor::record(const ManifestEntry& entry, const QByteArray& bytes)
{
    auto doc = checkRecord(entry, bytes);
    return doc.ok() ? Status() : Status(doc.error());
}

Result<RecordDoc> VerifyingVisitor::checkRecord(const ManifestEntry& entry, const QByteArray& bytes)
{
    if (m_contentStarted)
        return makeError(ErrorCode::Invalid, Messages::tr("The archive has records after attachment contents."));
    if (const auto rank = importRanks().constFind(entry.type); rank != importRanks().constEnd()) {
        if (rank.value() < m_lastTypeRank)
            return makeError(
                ErrorCode::Invalid,
                Messages::tr("The archive's records are not in import order: %1 comes after records that depend "
                             "on it.")
                    .arg(entry.type));
        m_lastTypeRank = rank.value();
    }
    auto doc = RecordCatalog::parseDoc(bytes, entry);
    if (!doc.ok())
        return doc.error();
    if (m_catalog)
        QF_TRY(m_catalog->validate(doc.value()));
    if (entry.type == QLatin1String("attachment")) {
        const auto content = m_content.constFind(entry.uid);
        if (content == m_content.constEnd() ||
            doc->fields.value(QStringLiteral("sha256")).toString().toLatin1() != content->sha256.toHex() ||
            doc->fields.value(QStringLiteral("size")).toInteger() != content->size)
            return makeError(
                ErrorCode::VerificationFailed,
                Messages::tr("Attachment %1 in the archive does not match its content entry.").arg(entry.uid));
        m_recordsWithContent.insert(entry.uid);
    }
    ++m_report.recordsChecked;
    return doc;
}

Status VerifyingVisitor::attachmentBegin(const ManifestEntry&)
{
    m_contentStarted = true;
    return {};
}

Status VerifyingVisitor::attachmentEnd(const ManifestEntry& entry)
{
    if (!m_recordsWithContent.contains(entry.uid))
        return makeError(
            ErrorCode::VerificationFailed,
            Messages::tr("The archive holds the bytes of attachment %1 but no record for it.").arg(entry.uid));
    ++m_report.attachmentsChecked;
    m_report.attachmentBytes += entry.size;
    return {};
}

Status VerifyingVisitor::signerTrusted() const
{
    if (!m_report.trust || (*m_report.trust != SignerTrust::Untrusted && *m_report.trust != SignerTrust::Revoked))
        return {};
    return makeError(
        ErrorCode::UntrustedSigner,
        *m_report.trust == SignerTrust::Revoked
            ? Messages::tr(
                  "The archive %1 is intact, but it was signed by the workstation key %2 (%3), which was revoked.")
                  .arg(m_report.path, m_report.signer.fingerprint, m_report.signerLabel)
            : Messages::tr("The archive %1 is intact, but its signer %2 is not on this vault's trust list. Compare the "
                           "fingerprint with the sender by telephone, then have an administrator add their key.")
                  .arg(m_report.path, m_report.signer.fingerprint));
}

Status VerifyingVisitor::everyEntryChecked() const
{
    if (m_report.recordsChecked + m_report.attachmentsChecked != m_report.manifest.entries.size())
        return makeError(ErrorCode::VerificationFailed, Messages::tr("Not every entry of the archive was checked."));
    return {};
}

} // namespace qf::archive
