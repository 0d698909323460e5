#include "storage/Transaction.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::storage {

Result<Transaction> Transaction::begin(const QSqlDatabase& db)
{
    Transaction transaction(db);
    if (!transaction.m_db.transaction())
        return sqlError(db, QCoreApplication::translate("qf::storage", "Cannot start a transaction"));
    transaction.m_open = true;
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(other.m_db), m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Failed, QStringLiteral("The transaction is no longer open."));
    if (!m_db.commit())
        return sqlError(m_db, QCoreApplication::translate("qf::storage", "Cannot save the changes"));
    m_open = false;
    return {};
}

} // namespace qf::storage
