#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::storage {

// One write transaction (BEGIN IMMEDIATE). Rolls back when destroyed unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(const QSqlDatabase& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();
    const QSqlDatabase& database() const { return m_db; }

private:
    explicit Transaction(const QSqlDatabase& db) : m_db(db) {}
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace qf::storage
