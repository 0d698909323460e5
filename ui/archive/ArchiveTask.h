#pragma once

#include "ArchiveTaskThread.h"

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace qf::ui {

// One archive task (the export, the import, a verification) on an ArchiveTaskThread: it starts the thread with its
// progress shown, cancels it, and hands the outcome over exactly once, when the thread ends or when the wizard closes
// and stops it. The thread is a child of the owner; the task waits for it when the owner goes.
template <typename T> class ArchiveTask
{
public:
    using Work = std::function<Result<T>(const QSqlDatabase& db, const ArchiveTaskThread::Progress& progress,
                                         const std::atomic_bool* cancel)>;
    using Done = std::function<void(Result<T> outcome)>;

    explicit ArchiveTask(QObject* owner) : m_owner(owner) {}
    ~ArchiveTask()
    {
        if (m_thread) {
            m_thread->cancel();
            m_thread->wait();
        }
    }
    ArchiveTask(const ArchiveTask&) = delete;
    ArchiveTask& operator=(const ArchiveTask&) = delete;

    bool isRunning() const { return m_thread != nullptr; }

    // Runs `work` on a connection of its own to `vault`, unless a task runs already. Its progress goes to
    // `progressSlot` of `progressReceiver` (done and total bytes); `done` gets the outcome on the owner's thread, or
    // an error saying `noResult` should the work end without one.
    template <typename Receiver, typename Slot>
    void start(storage::Vault& vault, Work work, Receiver* progressReceiver, Slot progressSlot, const QString& noResult,
               Done done)
    {
        if (m_thread)
            return;
        m_pending = std::make_shared<std::optional<Result<T>>>();
        m_noResult = noResult;
        m_done = std::move(done);
        m_thread = new ArchiveTaskThread(
            vault,
            [pending = m_pending,
             work = std::move(work)](const QSqlDatabase& db, const ArchiveTaskThread::Progress& reported,
                                     const std::atomic_bool* cancel) { *pending = work(db, reported, cancel); },
            m_owner);
        QObject::connect(m_thread, &ArchiveTaskThread::progressed, progressReceiver, progressSlot);
        QObject::connect(m_thread, &QThread::finished, m_owner, [this] { finish(); });
        m_thread->start(QThread::LowPriority);
    }

    void cancel()
    {
        if (m_thread)
            m_thread->cancel();
    }

    // Cancels, waits for the thread and hands the outcome over now: a finished signal would come after the owner
    // has closed.
    void stopNow()
    {
        if (!m_thread)
            return;
        m_thread->cancel();
        m_thread->wait();
        finish();
    }

private:
    void finish()
    {
        if (!m_thread)
            return; // already handed over by stopNow()
        ArchiveTaskThread* thread = std::exchange(m_thread, nullptr);
        Result<T> outcome = [&]() -> Result<T> {
            if (thread->connectionError())
                return *thread->connectionError();
            if (m_pending && m_pending->has_value())
                return std::move(**m_pending);
            return makeError(ErrorCode::Failed, m_noResult);
        }();
        m_pending.reset();
        thread->deleteLater();
        const Done done = std::exchange(m_done, {});
        done(std::move(outcome));
    }

    QObject* m_owner;
    ArchiveTaskThread* m_thread = nullptr;
    std::shared_ptr<std::optional<Result<T>>> m_pending;
    QString m_noResult;
    Done m_done;
};

} // namespace qf::ui
