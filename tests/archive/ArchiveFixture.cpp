#include "ArchiveFixture.h"

#include "archive/RecordCatalog.h"
#include "archive/TrustList.h"
#include "archive/WorkstationKey.h"
#include "evidence/EvidenceService.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

namespace qf::test {

crypto::SecretBytes passphrase(const char* text)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(text));
}

ArchiveFixture::ArchiveFixture()
{
    REQUIRE(m_work.isValid());
    m_caseUid = m_a.openCaseWithTeam();
    auto lead = m_a.as(QStringLiteral("lead"));
    evidence::EvidenceDraft draft;
    draft.caseUid = m_caseUid;
    draft.kind = QStringLiteral("documentary");
    draft.description = QStringLiteral("银行转账记录");
    draft.source = QStringLiteral("某银行");
    draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    draft.place = QStringLiteral("某银行营业部");
    draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
    auto item = evidence::EvidenceService(*lead).record(draft);
    REQUIRE(item.ok());
    m_big = QByteArray(2 * 1024 * 1024 + 12345, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32*>(m_big.data()), m_big.size() / 4);
    QBuffer big(&m_big);
    REQUIRE(big.open(QIODevice::ReadOnly));
    REQUIRE(evidence::EvidenceService(*lead).attach(item->uid, big, QStringLiteral("转账.bin"), QString()).ok());
    QByteArray small("证据扫描件 small file");
    QBuffer smallBuffer(&small);
    REQUIRE(smallBuffer.open(QIODevice::ReadOnly));
    REQUIRE(evidence::EvidenceService(*lead)
                .attach(item->uid, smallBuffer, QStringLiteral("扫描.txt"), QStringLiteral("text/plain"))
                .ok());
    m_b.addUser(QStringLiteral("auditor"), access::Role::Auditor);
}

Result<archive::ExportResult> ArchiveFixture::exportCase(const QString& path, bool includeIdentities)
{
    auto auditor = m_a.as(QStringLiteral("auditor"));
    const crypto::SecretBytes secret = passphrase();
    archive::ExportOptions options;
    options.scope = {archive::ExportScope::Kind::Case, {m_caseUid}};
    options.outputPath = path;
    options.keying.passphrase = &secret;
    options.keying.kdf = crypto::KdfParams::fastForTesting();
    options.includeIdentities = includeIdentities;
    return archive::ArchiveExporter(*auditor).exportArchive(options);
}

QByteArray ArchiveFixture::publicKeyOfA()
{
    auto auditor = m_a.as(QStringLiteral("auditor"));
    auto key = archive::WorkstationKey::publicKey(*auditor);
    REQUIRE(key.ok());
    return key.value();
}

void ArchiveFixture::trustAinB()
{
    const QByteArray key = publicKeyOfA();
    auto added = archive::TrustList(m_b.admin()).add(key, QStringLiteral("测试市纪委 A"));
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
}

Result<archive::ImportResult> ArchiveFixture::importIntoB(const QString& path, const char* text,
                                                          const QString& overrideReason)
{
    const crypto::SecretBytes secret = passphrase(text);
    archive::ImportOptions options;
    options.path = path;
    options.passphrase = &secret;
    options.overrideUntrustedReason = overrideReason;
    return archive::ArchiveImporter(m_b.admin()).importArchive(options);
}

QMap<QString, qint64> tableCounts(const QSqlDatabase& db)
{
    QMap<QString, qint64> counts;
    auto tables =
        storage::runQuery(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                             "LIKE 'sqlite_%' AND name NOT LIKE '%_search%'"));
    REQUIRE(tables.ok());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& name : std::as_const(names)) {
        if (name == QLatin1String("audit_entry") || name == QLatin1String("archive_import"))
            continue;
        auto count = storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(name));
        REQUIRE(count.ok());
        counts.insert(name, count->toLongLong());
    }
    return counts;
}

QMap<QString, qint64> ArchiveFixture::snapshotB()
{
    return tableCounts(m_b.admin().database());
}

QStringList caseDocuments(const QSqlDatabase& db, const QString& caseUid)
{
    archive::RecordCatalog catalog(db);
    REQUIRE(catalog.load().ok());
    auto ids = catalog.collect({archive::ExportScope::Kind::Case, {caseUid}});
    REQUIRE(ids.ok());
    QStringList docs;
    for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
        for (qint64 id : it.value()) {
            auto doc = catalog.docForRow(it.key(), id);
            REQUIRE(doc.ok());
            if (!catalog.table(it.key())->hasUid)
                doc->uid.clear();
            docs << QString::fromUtf8(doc->canonical());
        }
    }
    docs.sort();
    return docs;
}

} // namespace qf::test
