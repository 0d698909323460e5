// The archive benchmark (issue 7): export, verify and import of the demo vault at scale and of a case with large
// attachments, each in MB/s of archive bytes against a plain copy of the same bytes on the same disk in the same run.
// Goal: export and verify at least 50% of the copy speed.
//
//   qf_bench_archive [--scale N] [--attach-mib N] [--quick] [--out FILE]
//
// Two real vaults (A exports, B receives; B trusts A's workstation key). Archives are addressed to B's key, so no
// passphrase derivation is timed. The demo data comes from the product's generator.

#include "ArchiveFloor.h"
#include "BenchSupport.h"
#include "JsonLine.h"
#include "access/LoginService.h"
#include "access/UserService.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveImporter.h"
#include "archive/ArchiveVerifier.h"
#include "archive/TrustList.h"
#include "archive/WorkstationKey.h"
#include "crypto/Sodium.h"
#include "demo/DemoDataService.h"
#include "evidence/EvidenceService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

namespace qf::bench {

namespace {

constexpr double kMinExportShare = 0.50;
constexpr double kMinVerifyShare = 0.50;
constexpr int kAttachmentFiles = 10;
constexpr int kCopyRounds = 3;

template <typename T> T take(Result<T> result, const char* what)
{
    if (!result.ok())
        fail(QString::fromLatin1(what) + u": " + result.message());
    return std::move(result.value());
}

void require(const Status& status, const char* what)
{
    if (!status.ok())
        fail(QString::fromLatin1(what) + u": " + status.message());
}

crypto::SecretBytes secretOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return crypto::SecretBytes::takeFrom(bytes);
}

struct Office
{
    std::unique_ptr<access::Session> admin;
    QString path;
};

Office createOffice(const QString& dir, const QString& name)
{
    storage::VaultCreateOptions options;
    options.path = QDir(dir).filePath(name + QStringLiteral(".qfv"));
    options.organName = QStringLiteral("中共测试市纪律检查委员会 ") + name;
    options.adminLogin = QStringLiteral("admin");
    options.adminDisplayName = QStringLiteral("系统管理员");
    options.kdf = crypto::KdfParams::fastForTesting();
    Office office;
    office.path = options.path;
    office.admin = take(access::initializeVault(options, secretOf(QStringLiteral("admin-password")), nullptr),
                        "cannot create a vault");
    return office;
}

void addStaff(access::Session& admin, const QString& login, access::Role role)
{
    (void)take(access::UserService(admin, crypto::KdfParams::fastForTesting())
                   .addUser(login, login, {role}, secretOf(login + QStringLiteral("-password"))),
               "cannot add a user");
}

std::unique_ptr<access::Session> login(const Office& office, const QString& user)
{
    return take(access::openSession(office.path, user, secretOf(user + QStringLiteral("-password"))), "cannot log in");
}

// Where the floor of a measurement reads from: the exporting office, and what it must read there.
struct FloorSource
{
    const Office* office = nullptr;
    FloorReads reads = FloorReads::TravellingRecords;
};

class ArchiveBenchmark
{
public:
    ArchiveBenchmark(int scale, int attachMib, JsonSink& sink) : m_scale(scale), m_attachMib(attachMib), m_sink(sink) {}

    void run(const QString& dir)
    {
        m_dir = dir;
        Office a = createOffice(dir, QStringLiteral("A"));
        Office b = createOffice(dir, QStringLiteral("B"));
        const QList<QPair<QString, access::Role>> staff{{QStringLiteral("clerk"), access::Role::Clerk},
                                                        {QStringLiteral("inv"), access::Role::Investigator},
                                                        {QStringLiteral("lead"), access::Role::LeadInvestigator},
                                                        {QStringLiteral("boss"), access::Role::Approver},
                                                        {QStringLiteral("rev"), access::Role::Reviewer},
                                                        {QStringLiteral("auditor"), access::Role::Auditor}};
        for (const auto& [user, role] : staff)
            addStaff(*a.admin, user, role);
        demo::DemoDataService demo(*a.admin);
        require(demo.markAsDemoVault(), "cannot mark the demo vault");
        QElapsedTimer timer;
        timer.start();
        const auto figures = take(demo.generate(m_scale, 20261128), "demo generation failed");
        m_sink.write(JsonLine()
                         .add("op", "generate")
                         .add("scale", m_scale)
                         .add("reports", figures.reports)
                         .add("leads", figures.leads)
                         .add("cases", figures.cases)
                         .add("total_ms", double(timer.elapsed()), 0));
        (void)take(archive::TrustList(*b.admin).add(take(archive::WorkstationKey::publicKey(*a.admin), "A's key"),
                                                    QStringLiteral("A")),
                   "cannot trust A in B");
        const QByteArray keyOfB = take(archive::WorkstationKey::publicKey(*b.admin), "B's key");

        auto auditor = login(a, QStringLiteral("auditor"));
        measure(QStringLiteral("vault"), *auditor, *b.admin, {archive::ExportScope::Kind::Vault, {}}, keyOfB,
                {&a, FloorReads::TravellingRecords});

        const QString caseUid = attachLargeFiles(a);
        measure(QStringLiteral("case_attachments"), *auditor, *b.admin, {archive::ExportScope::Kind::Case, {caseUid}},
                keyOfB, {&a, FloorReads::AttachmentChunks});
    }

private:
    // A case of the demo data gets evidence with kAttachmentFiles random files of m_attachMib MiB in all. It is an
    // internal one, which the exporting auditor may open without being on its team.
    QString attachLargeFiles(const Office& a)
    {
        auto lead = login(a, QStringLiteral("lead"));
        auto uid = storage::querySingleValue(
            lead->database(), QStringLiteral("SELECT c.uid FROM case_file c JOIN app_user u ON u.login = "
                                             "'lead' JOIN case_team t ON t.case_id = c.id AND "
                                             "t.user_id = u.id WHERE c.confidentiality = 0 ORDER BY c.id LIMIT 1"));
        if (!uid.ok() || uid->isNull())
            fail(QStringLiteral("the demo data has no case of the lead investigator"));
        const QString caseUid = uid->toString();
        evidence::EvidenceService service(*lead);
        evidence::EvidenceDraft draft;
        draft.caseUid = caseUid;
        draft.kind = QStringLiteral("electronic_data");
        draft.description = QStringLiteral("银行流水及通信记录电子数据");
        draft.source = QStringLiteral("某银行");
        draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        draft.place = QStringLiteral("某银行营业部");
        draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
        const auto item = take(service.record(draft), "cannot record evidence");
        QRandomGenerator random(7);
        const qint64 fileBytes = qint64(m_attachMib) * 1024 * 1024 / kAttachmentFiles;
        for (int i = 0; i < kAttachmentFiles; ++i) {
            const QString path = QDir(m_dir).filePath(QStringLiteral("source-%1.bin").arg(i));
            {
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    fail(QStringLiteral("cannot write ") + path);
                QByteArray block(1024 * 1024, Qt::Uninitialized);
                for (qint64 written = 0; written < fileBytes; written += block.size()) {
                    random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                    file.write(block.constData(), std::min<qint64>(block.size(), fileBytes - written));
                }
            }
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                fail(QStringLiteral("cannot read ") + path);
            (void)take(service.attach(item.uid, in, QStringLiteral("流水-%1.bin").arg(i), QString()),
                       "cannot attach a file");
            in.close();
            QFile::remove(path);
        }
        return caseUid;
    }

    void measure(const QString& what, access::Session& exporter, access::Session& receiver,
                 const archive::ExportScope& scope, const QByteArray& recipient, const FloorSource& floorSource)
    {
        const QString path = QDir(m_dir).filePath(what + QStringLiteral(".qfa"));
        archive::ExportOptions options;
        options.scope = scope;
        options.outputPath = path;
        options.keying.recipients = {recipient};
        QElapsedTimer timer;
        timer.start();
        const auto exported = take(archive::ArchiveExporter(exporter).exportArchive(options), "export failed");
        const double exportSeconds = secondsSince(timer);
        // The anchor: the same archive bytes copied to another file on the same disk and synced, as the export is.
        // The disk's write-back makes one copy vary several-fold from run to run, so the anchor is the median of
        // kCopyRounds copies, with the fastest and slowest reported beside it.
        std::vector<double> copies;
        for (int round = 0; round < kCopyRounds; ++round) {
            copies.push_back(plainCopySeconds(path, path + QStringLiteral(".copy")));
            QFile::remove(path + QStringLiteral(".copy"));
        }
        std::sort(copies.begin(), copies.end());
        const double copySeconds = copies[copies.size() / 2];
        // The least work any export or verification of these bytes must do, read on a fresh connection.
        const ArchiveFloor floor = measureArchiveFloor(
            login(*floorSource.office, QStringLiteral("auditor"))->database(), floorSource.reads, m_dir, path);

        timer.restart();
        const QSqlDatabase receiverDb = receiver.database();
        const auto report = archive::ArchiveVerifier::verifyWithVault(receiverDb, path, nullptr);
        const double verifySeconds = secondsSince(timer);
        if (!report.passed())
            fail(QStringLiteral("verification failed: ") + report.failure->message);

        archive::ImportOptions importOptions;
        importOptions.path = path;
        timer.restart();
        const auto imported = take(archive::ArchiveImporter(receiver).importArchive(importOptions), "import failed");
        const double importSeconds = secondsSince(timer);

        qint64 records = 0;
        for (auto it = exported.counts.cbegin(); it != exported.counts.cend(); ++it)
            if (it.key() != archive::kAttachmentContent)
                records += it.value();
        const double mb = double(exported.bytes) / 1e6;
        const double copyRate = mb / copySeconds;
        const double exportShare = copySeconds / exportSeconds;
        const double verifyShare = copySeconds / verifySeconds;
        const double importShare = copySeconds / importSeconds;
        JsonLine line;
        line.add("op", "archive")
            .add("scope", what)
            .add("records", records)
            .add("attachments", exported.counts.value(archive::kAttachmentContent))
            .add("archive_bytes", exported.bytes)
            .add("plain_copy_mb_per_s", copyRate, 1)
            .add("export_mb_per_s", mb / exportSeconds, 1)
            .add("verify_mb_per_s", mb / verifySeconds, 1)
            .add("import_mb_per_s", mb / importSeconds, 1)
            .add("export_share_of_copy", exportShare, 3)
            .add("verify_share_of_copy", verifyShare, 3)
            .add("import_share_of_copy", importShare, 3)
            .add("imported_added", imported.added)
            .add("goal_export_share_min", kMinExportShare, 2)
            .add("goal_verify_share_min", kMinVerifyShare, 2)
            .add("goals_met", exportShare >= kMinExportShare && verifyShare >= kMinVerifyShare)
            .add("peak_rss_kib", peakRssKib())
            .add("loadavg", loadAverage());
        line.add("floor_rows", floor.rows)
            .add("floor_read_encrypted_ms", floor.readEncryptedSeconds * 1e3, 1)
            .add("floor_read_plain_ms", floor.readPlainSeconds * 1e3, 1)
            .add("floor_sha256_ms", floor.hashSeconds * 1e3, 1)
            .add("floor_seal_ms", floor.sealSeconds * 1e3, 1)
            .add("floor_open_ms", floor.openSeconds * 1e3, 1)
            .add("copy_ms", copySeconds * 1e3, 1)
            .add("export_floor_share_of_copy", copySeconds / floor.exportSeconds(), 3)
            .add("verify_floor_share_of_copy", copySeconds / floor.verifySeconds(), 3);
        m_sink.write(line);
        QFile::remove(path);
    }

    int m_scale;
    int m_attachMib;
    JsonSink& m_sink;
    QString m_dir;
};

} // namespace

} // namespace qf::bench

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false"));
    qf::crypto::ensureSodium();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Archive export, verify and import against a plain file copy."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Scale 1 and 20 MiB of attachments (smoke test)."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Demo data scale."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption attachOption(QStringLiteral("attach-mib"),
                                          QStringLiteral("MiB of attachments on the case."), QStringLiteral("N"),
                                          QStringLiteral("500"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    parser.addOptions({quickOption, scaleOption, attachOption, outOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int scale = quick ? 1 : parser.value(scaleOption).toInt();
    const int attachMib = quick ? 20 : parser.value(attachOption).toInt();
    qf::bench::JsonSink sink;
    if (scale < 1 || attachMib < 10 || (parser.isSet(outOption) && !sink.openFile(parser.value(outOption))))
        return 2;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/qf-bench-XXXXXX")); // the disk under test, not tmpfs
    try {
        qf::bench::ArchiveBenchmark(scale, attachMib, sink).run(dir.path());
    } catch (const qf::bench::Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}
