// libFuzzer: the archive reader over a whole file from anyone. The input is written to a file (the reader takes a
// path) and read with this workstation's key, the way an import or a verification reads it. Whatever the bytes, the
// reader must end with an error or a complete, consistent archive: no crash, no leak, no unbounded allocation.
#include "FuzzSupport.h"
#include "archive/ArchiveFormat.h"
#include "archive/RecordCatalog.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

QString scratchPath()
{
    static const QString path = QStringLiteral("/dev/shm/qf-fuzz-reader-%1.qfa").arg(getpid());
    return path;
}

// Checks what the reader hands over, the way the importer would use it.
class CheckingVisitor final : public qf::archive::ArchiveVisitor
{
public:
    qf::Status manifest(const qf::archive::Manifest& manifest, const qf::archive::SignerInfo& signer) override
    {
        if (signer.publicKey.size() != 32 || manifest.entries.size() > qf::archive::format::kMaxEntries)
            std::abort();
        m_entries = manifest.entries.size();
        return {};
    }
    qf::Status record(const qf::archive::ManifestEntry& entry, const QByteArray& bytes) override
    {
        if (bytes.size() != entry.size)
            std::abort(); // the reader promised size and hash were checked
        auto doc = qf::archive::RecordCatalog::parseDoc(bytes, entry);
        return doc.ok() ? qf::Status() : qf::Status(doc.error());
    }
    qf::Status attachmentData(const qf::archive::ManifestEntry& entry, QByteArrayView data) override
    {
        m_attachmentBytes += data.size();
        if (m_attachmentBytes > entry.size)
            std::abort();
        return {};
    }
    qf::Status attachmentEnd(const qf::archive::ManifestEntry&) override
    {
        m_attachmentBytes = 0;
        return {};
    }

private:
    qsizetype m_entries = 0;
    qint64 m_attachmentBytes = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* dir = std::getenv("QF_FUZZ_WRITE_SEEDS")) {
        qf::fuzz::writeSeeds(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    (void)qf::fuzz::fuzzKeys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    {
        QFile file(scratchPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    qf::archive::ArchiveKeys keys;
    keys.workstationSecret = &qf::fuzz::fuzzKeys().secret;
    keys.workstationPublic = qf::fuzz::fuzzKeys().publicKey;
    CheckingVisitor visitor;
    (void)qf::archive::readArchive(scratchPath(), keys, visitor);
    return 0;
}
