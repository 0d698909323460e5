#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

namespace qf::storage {
class Vault;
}

namespace qf::ui {

// Runs one archive task (export, verify, import) off the GUI thread, on a vault connection of its own that it opens
// and closes itself. The task reports progress through the callback and stops when the cancel flag is set.
class ArchiveTaskThread : public QThread
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Task = std::function<void(const QSqlDatabase& db, const Progress& progress, const std::atomic_bool* cancel)>;

    ArchiveTaskThread(storage::Vault& vault, Task task, QObject* parent = nullptr);
    ~ArchiveTaskThread() override;

    void cancel() { m_cancel.store(true); }
    bool cancelRequested() const { return m_cancel.load(); }
    // Set after finished() when the thread could not open its connection; the task did not run.
    const std::optional<Error>& connectionError() const { return m_connectionError; }

Q_SIGNALS:
    // Throttled to about one signal per thousandth of the total.
    void progressed(qint64 done, qint64 total);

protected:
    void run() override;

private:
    storage::Vault& m_vault;
    Task m_task;
    std::atomic_bool m_cancel{false};
    std::optional<Error> m_connectionError;
};

} // namespace qf::ui
