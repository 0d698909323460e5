#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace qf::storage {

class Vault;

// A vault connection of its own for a worker thread: opened in the constructor and closed in the destructor, both
// on the thread that uses it. The name is unique in the process.
class WorkerConnection
{
public:
    WorkerConnection(Vault& vault, const QString& purpose);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    bool ok() const { return m_db.ok(); }
    const Error& error() const { return m_db.error(); }
    const QSqlDatabase& database() const { return m_db.value(); }

private:
    Vault& m_vault;
    QString m_name;
    Result<QSqlDatabase> m_db;
};

// A worker thread's whole job: `work` run on a connection of its own, opened before and closed after it, on the
// calling thread. `work` takes the connection and returns a Result.
template <typename Work> auto onWorkerConnection(Vault& vault, const QString& purpose, Work&& work)
{
    WorkerConnection connection(vault, purpose);
    using Outcome = decltype(work(connection.database()));
    if (!connection.ok())
        return Outcome(connection.error());
    return work(connection.database());
}

} // namespace qf::storage
