#pragma once

#include "archive/Manifest.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace qf::archive {

// One record as it travels: its type (the table), its uid and its fields. References to other records are written
// as their uid, references to users as the user's uid, and integer row ids never leave the vault.
struct RecordDoc
{
    QString type;
    QString uid;
    QJsonObject fields;

    QByteArray canonical() const; // compact JSON with sorted keys: the bytes that are hashed and signed
};

// One record's canonical bytes, written straight from its row: the same bytes as its RecordDoc's canonical().
struct EncodedRecord
{
    QString uid;
    QByteArray bytes;
};

// A column's value as it travels: null, an integer, or text (text, hex of a BLOB, or the uid a reference names).
struct FieldValue
{
    enum class Kind
    {
        Null,
        Text,
        Integer,
    };
    Kind kind = Kind::Null;
    QString text;
    qint64 integer = 0;
};

struct ColumnInfo
{
    enum class Kind
    {
        Text,
        Integer,
        Blob, // written as lower-case hex
    };
    QString name;
    Kind kind = Kind::Text;
    bool notNull = false;
    QString refTable; // set for a foreign key; "app_user" for users
};

struct TableInfo
{
    QString name;
    bool hasUid = false;
    bool hasId = false;
    bool appendOnly = false;   // a trigger refuses every update: rows are only ever added
    QList<ColumnInfo> columns; // without id and uid
    QList<int> keyOrder;       // indices of `columns` in the order a QJsonObject keeps their names
};

struct ExportScope
{
    enum class Kind
    {
        Case,
        Cases,
        Leads,
        Vault,
    };
    Kind kind = Kind::Case;
    QStringList uids;
    QString kindName() const;
};

// Which tables travel in an archive, in the order they are imported (parents first), and how a record is turned
// into a canonical document and back. The column lists come from the vault's own schema; the JSON that arrives is
// checked against them field by field.
class RecordCatalog
{
public:
    static const QStringList& importOrder(); // starts with "app_user"
    static constexpr const char* kUserType = "app_user";
    // Tables that never travel, each with the reason. Every table of the schema is either in importOrder() or here.
    static const QMap<QString, QString>& localTables();

    explicit RecordCatalog(QSqlDatabase db) : m_db(std::move(db)) {}
    Status load();
    const TableInfo* table(const QString& type) const;

    // The row ids of each table in the scope, in import order. Protected identities are not included here.
    Result<QHash<QString, QList<qint64>>> collect(const ExportScope& scope) const;
    Result<RecordDoc> docForRow(const QString& type, qint64 rowId, QSet<qint64>* usersSeen = nullptr);
    // The same for many rows of one table, read in batches (one query per kRowBatch rows), in the order given.
    static constexpr int kRowBatch = 400;
    Result<QList<RecordDoc>> docsForRows(const QString& type, const QList<qint64>& rowIds,
                                         QSet<qint64>* usersSeen = nullptr);
    // The canonical bytes of many rows, as docsForRows(...).canonical() gives them, without building documents.
    Result<QList<EncodedRecord>> encodedRows(const QString& type, const QList<qint64>& rowIds,
                                             QSet<qint64>* usersSeen = nullptr);
    Result<RecordDoc> userDoc(qint64 userId);

    // Structural checks that need no schema: JSON object, sizes, types of values, and type/uid matching the entry.
    static Result<RecordDoc> parseDoc(const QByteArray& bytes, const ManifestEntry& entry);
    // The fields against this vault's schema: every column present, nothing else, each value of the right kind.
    Status validate(const RecordDoc& doc) const;

    Result<QString> uidOf(const QString& table, qint64 id);
    QString vaultUid() const { return m_vaultUid; }

private:
    // The columns docForRow reads: the table's columns, then uid if it has one.
    static QStringList selectedColumns(const TableInfo& info);
    // Reads in one query per referenced table the uids that the rows (a comma-separated list of row ids) point at.
    Status prefetchUids(const TableInfo& info, const QString& rowIdList);
    // Turns the values of one row (in selectedColumns order, from `first` on) into its document, or its bytes.
    Result<RecordDoc> docFromRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query, int first,
                                 QSet<qint64>* usersSeen);
    Result<EncodedRecord> encodedFromRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query, int first,
                                         QSet<qint64>* usersSeen);
    Result<FieldValue> fieldValue(const ColumnInfo& column, const QVariant& value, QSet<qint64>* usersSeen);
    QString uidOfRow(const TableInfo& info, qint64 rowId, const QSqlQuery& query, int first) const;
    // Reads rows in batches (one query per kRowBatch rows), in the order given, each made by `fromRow`.
    template <typename Record>
    using FromRow = Result<Record> (RecordCatalog::*)(const TableInfo&, qint64, const QSqlQuery&, int, QSet<qint64>*);
    template <typename Record>
    Result<QList<Record>> rowsInBatches(const QString& type, const QList<qint64>& rowIds, QSet<qint64>* usersSeen,
                                        FromRow<Record> fromRow);

    QSqlDatabase m_db;
    QString m_vaultUid;
    QHash<QString, TableInfo> m_tables;
    QHash<QString, QHash<qint64, QString>> m_uidCache;
};

// The synthetic uid of a row in a table without one: stable for that row of that vault.
QString syntheticUid(const QString& vaultUid, const QString& table, qint64 rowId);

} // namespace qf::archive
