// Conformance of our QSqlDriver over SQLCipher: binding, types, NULL, BLOB, Chinese text, transactions and the
// Qt models that sit on top of it. Runs on an encrypted database and on a plain one through the same driver.
#include "crypto/SecretBytes.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StatementCache.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using qf::storage::SqlCipherDriver;

namespace {

class DriverFixture
{
public:
    explicit DriverFixture(bool encrypted)
        : m_name(QStringLiteral("driver-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        REQUIRE(m_dir.isValid());
        auto* driver = new SqlCipherDriver();
        if (encrypted)
            driver->setRawKey(qf::crypto::SecretBytes::random(32));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("driver.db")));
        db.setConnectOptions(QStringLiteral("QF_CREATE"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                          "amount INTEGER, ratio REAL, payload BLOB, note TEXT)")));
    }
    ~DriverFixture()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

} // namespace

TEST_CASE("the driver is registered under its name and reports its features", "[driver]")
{
    SqlCipherDriver::registerDriver();
    CHECK(QSqlDatabase::drivers().contains(QString::fromLatin1(SqlCipherDriver::kName)));
    SqlCipherDriver driver;
    CHECK(driver.hasFeature(QSqlDriver::Transactions));
    CHECK(driver.hasFeature(QSqlDriver::PreparedQueries));
    CHECK(driver.hasFeature(QSqlDriver::BLOB));
    CHECK(driver.hasFeature(QSqlDriver::LastInsertId));
    CHECK_FALSE(driver.hasFeature(QSqlDriver::QuerySize));
    CHECK(driver.escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::TableName) == QStringLiteral("\"we\"\"ird\""));
}

TEST_CASE("positional and named binding round-trip every type", "[driver]")
{
    const bool encrypted = GENERATE(true, false);
    DriverFixture fixture(encrypted);
    const QSqlDatabase db = fixture.db();
    const QString chinese = QStringLiteral("张三反映某局长违规收受礼金，涉及金额𠀀万元");
    const QByteArray blob = QByteArray("\x00\x01\xff binary \x00 zero", 18);

    QSqlQuery insert(db);
    REQUIRE(
        insert.prepare(QStringLiteral("INSERT INTO item (name, amount, ratio, payload, note) VALUES (?, ?, ?, ?, ?)")));
    insert.addBindValue(chinese);
    insert.addBindValue(qint64(9007199254740993LL));
    insert.addBindValue(2.5);
    insert.addBindValue(blob);
    insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    REQUIRE(insert.exec());
    CHECK(insert.numRowsAffected() == 1);
    CHECK(insert.lastInsertId().toLongLong() == 1);

    QSqlQuery named(db);
    REQUIRE(named.prepare(QStringLiteral("INSERT INTO item (name, amount, note) VALUES (:name, :amount, :name)")));
    named.bindValue(QStringLiteral(":name"), QStringLiteral("李四"));
    named.bindValue(QStringLiteral(":amount"), 42);
    REQUIRE(named.exec());
    CHECK(named.lastInsertId().toLongLong() == 2);

    QSqlQuery select(db);
    REQUIRE(select.exec(QStringLiteral("SELECT name, amount, ratio, payload, note FROM item ORDER BY id")));
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == chinese);
    CHECK(select.value(1).toLongLong() == 9007199254740993LL);
    CHECK(select.value(2).toDouble() == 2.5);
    CHECK(select.value(3).toByteArray() == blob);
    CHECK(select.isNull(4));
    CHECK(select.value(4).isNull());
    CHECK(select.record().field(0).metaType().id() == QMetaType::QString);
    CHECK(select.record().field(1).metaType().id() == QMetaType::LongLong);
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("李四"));
    CHECK(select.value(4).toString() == QStringLiteral("李四"));
    CHECK_FALSE(select.next());
}

TEST_CASE("errors carry SQLite's code and a readable text", "[driver]")
{
    DriverFixture fixture(true);
    QSqlQuery query(fixture.db());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    CHECK(query.lastError().isValid());
    CHECK(query.lastError().databaseText().contains(QLatin1String("no_such_table")));
    CHECK(query.lastError().nativeErrorCode() == QStringLiteral("1"));

    REQUIRE(query.prepare(QStringLiteral("INSERT INTO item (name) VALUES (?)")));
    query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    CHECK_FALSE(query.exec());                                  // NOT NULL constraint
    CHECK(query.lastError().nativeErrorCode().toInt() == 1299); // SQLITE_CONSTRAINT_NOTNULL

    REQUIRE(query.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
    query.addBindValue(QStringLiteral("only one value"));
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().driverText().contains(QLatin1String("mismatch")));

    CHECK_FALSE(query.prepare(QStringLiteral("SELECT 1; SELECT 2")));
}

TEST_CASE("transactions commit and roll back", "[driver]")
{
    DriverFixture fixture(true);
    QSqlDatabase db = fixture.db();
    auto count = [&] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM item"));
        query.next();
        return query.value(0).toInt();
    };
    REQUIRE(db.transaction());
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('回滚')")));
    REQUIRE(db.rollback());
    CHECK(count() == 0);
    REQUIRE(db.transaction());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('提交')")));
    REQUIRE(db.commit());
    CHECK(count() == 1);
}

TEST_CASE("scrollable queries move back and forth; forward-only ones stream", "[driver]")
{
    DriverFixture fixture(true);
    QSqlDatabase db = fixture.db();
    REQUIRE(db.transaction());
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
    for (int i = 0; i < 50; ++i) {
        insert.addBindValue(QStringLiteral("第%1条").arg(i));
        insert.addBindValue(i);
        REQUIRE(insert.exec());
    }
    REQUIRE(db.commit());

    QSqlQuery scroll(db);
    REQUIRE(scroll.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
    REQUIRE(scroll.last());
    CHECK(scroll.value(0).toInt() == 49);
    REQUIRE(scroll.seek(10));
    CHECK(scroll.value(0).toInt() == 10);
    REQUIRE(scroll.previous());
    CHECK(scroll.value(0).toInt() == 9);
    REQUIRE(scroll.first());
    CHECK(scroll.value(0).toInt() == 0);
    CHECK(scroll.size() == -1);

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    REQUIRE(forward.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
    int sum = 0;
    int rows = 0;
    while (forward.next()) {
        sum += forward.value(0).toInt();
        ++rows;
    }
    CHECK(rows == 50);
    CHECK(sum == 49 * 50 / 2);
}

TEST_CASE("tables, record and primaryIndex describe the schema", "[driver]")
{
    DriverFixture fixture(false);
    QSqlDatabase db = fixture.db();
    CHECK(db.tables().contains(QStringLiteral("item")));
    const QSqlRecord record = db.record(QStringLiteral("item"));
    REQUIRE(record.count() == 6);
    CHECK(record.field(QStringLiteral("name")).requiredStatus() == QSqlField::Required);
    CHECK(record.field(QStringLiteral("payload")).metaType().id() == QMetaType::QByteArray);
    CHECK(record.field(QStringLiteral("id")).isAutoValue());
    const QSqlIndex index = db.primaryIndex(QStringLiteral("item"));
    REQUIRE(index.count() == 1);
    CHECK(index.fieldName(0) == QStringLiteral("id"));
}

TEST_CASE("QSqlQueryModel and QSqlTableModel work on the driver", "[driver]")
{
    DriverFixture fixture(true);
    QSqlDatabase db = fixture.db();
    QSqlQuery insert(db);
    for (const QString& name : {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")})
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO item (name, amount) VALUES ('%1', 1)").arg(name)));

    QSqlQueryModel queryModel;
    queryModel.setQuery(QStringLiteral("SELECT name, amount FROM item ORDER BY id"), db);
    REQUIRE_FALSE(queryModel.lastError().isValid());
    CHECK(queryModel.rowCount() == 3);
    CHECK(queryModel.data(queryModel.index(1, 0)).toString() == QStringLiteral("乙"));

    QSqlTableModel tableModel(nullptr, db);
    tableModel.setTable(QStringLiteral("item"));
    tableModel.setEditStrategy(QSqlTableModel::OnManualSubmit);
    REQUIRE(tableModel.select());
    CHECK(tableModel.rowCount() == 3);
    REQUIRE(tableModel.setData(tableModel.index(0, tableModel.fieldIndex(QStringLiteral("amount"))), 7));
    const int row = tableModel.rowCount();
    REQUIRE(tableModel.insertRow(row));
    tableModel.setData(tableModel.index(row, tableModel.fieldIndex(QStringLiteral("name"))), QStringLiteral("丁"));
    REQUIRE(tableModel.submitAll());
    REQUIRE(tableModel.removeRow(1));
    REQUIRE(tableModel.submitAll());

    QSqlQuery check(db);
    REQUIRE(check.exec(QStringLiteral("SELECT group_concat(name, ''), sum(amount) FROM item")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("甲丙丁"));
    CHECK(check.value(1).toInt() == 8);
}

TEST_CASE("a cached statement runs again with new values, and a failed run leaves the cache usable", "[driver]")
{
    const bool encrypted = GENERATE(true, false);
    DriverFixture fixture(encrypted);
    QSqlDatabase db = fixture.db();
    QSqlQuery unique(db);
    REQUIRE(unique.exec(QStringLiteral("CREATE UNIQUE INDEX item_name ON item (name)")));
    qf::storage::StatementCache statements(db);
    const QString insert = QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)");
    const QString amountOf = QStringLiteral("SELECT amount FROM item WHERE name = ?");
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto inserted = statements.run(insert, {QStringLiteral("证据%1").arg(i), i * 10});
        REQUIRE(inserted.ok());
        ids << (*inserted)->lastInsertId().toLongLong();
    }
    CHECK(ids == QList<qint64>{1, 2, 3});
    auto refused = statements.run(insert, {QStringLiteral("证据1"), 99});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    REQUIRE(statements.run(insert, {QStringLiteral("证据3"), 30}).ok());

    for (int i = 0; i < 4; ++i) {
        auto amount = statements.singleValue(amountOf, {QStringLiteral("证据%1").arg(i)});
        REQUIRE(amount.ok());
        CHECK(amount->toInt() == i * 10);
    }
    auto missing = statements.singleValue(amountOf, {QStringLiteral("无此项")});
    REQUIRE(missing.ok());
    CHECK(missing->isNull());
    QSqlQuery count(db);
    REQUIRE(count.exec(QStringLiteral("SELECT count(*), sum(amount) FROM item")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 4);
    CHECK(count.value(1).toInt() == 60);
}
