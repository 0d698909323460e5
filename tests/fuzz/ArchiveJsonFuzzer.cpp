// libFuzzer: the JSON an archive carries once decrypted, which any holder of a recipient key or passphrase can
// shape: the manifest (strict parse, limits, counts) and record documents (structure, sizes, value types).
#include "archive/Manifest.h"
#include "archive/RecordCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto manifest = qf::archive::Manifest::fromJson(bytes);
    if (manifest.ok()) {
        // A manifest that parses must survive its own round trip unchanged.
        auto again = qf::archive::Manifest::fromJson(manifest->toJson());
        if (!again.ok() || again->entries.size() != manifest->entries.size() || again->counts != manifest->counts)
            std::abort();
    }
    // As a record document, announced under the type and uid it claims, so the deeper checks run.
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    qf::archive::ManifestEntry entry;
    entry.type = object.value(QStringLiteral("type")).toString();
    entry.uid = object.value(QStringLiteral("uid")).toString();
    entry.size = bytes.size();
    auto doc = qf::archive::RecordCatalog::parseDoc(bytes, entry);
    if (doc.ok() && (doc->type != entry.type || doc->uid != entry.uid))
        std::abort();
    return 0;
}
