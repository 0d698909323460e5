#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace qf::access {
class Session;
}

namespace qf::ui {

// A table read from core one page at a time as the view scrolls (canFetchMore/fetchMore), with reload, clear and
// a readFailed signal. Subclasses say how to read a page and how to keep its rows; PagedRowModel<Row> keeps them
// in a list.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    // Starts over from the first page.
    void reload();
    // Drops every row (on lock) and stops fetching until the next reload.
    void clear();
    // How many rows match in all (all pages), when the subclass counts them; -1 when unknown.
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void readFailed(const QString& message);

protected:
    PagedTableModel(access::Session& session, int pageSize, QObject* parent);

    access::Session& session() const { return m_session; }

    // Called by reload after the reset and before the first page: refresh labels or the total (setTotalCount).
    virtual void prepareReload() {}
    void setTotalCount(int total) { m_total = total; }

    // Reads the page starting at `offset` into a staging area and returns how many rows it holds.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Moves the staged page behind the loaded rows.
    virtual void appendStagedPage() = 0;
    virtual int loadedRowCount() const = 0;
    virtual void discardRows() = 0;

private:
    access::Session& m_session;
    int m_pageSize;
    int m_total = -1;
    bool m_active = false;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

// PagedTableModel over a QList<Row>: subclasses implement readRows and the columns.
template <typename Row> class PagedRowModel : public PagedTableModel
{
public:
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The loaded row with this uid, or -1.
    int rowOf(const QString& uid) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).uid == uid)
                return row;
        return -1;
    }

protected:
    using PagedTableModel::PagedTableModel;

    const QList<Row>& rows() const { return m_rows; }
    // The rows of one page; `last` is the last row loaded so far (nullptr on the first page), for keyset paging.
    virtual Result<QList<Row>> readRows(int offset, int limit, const Row* last) = 0;

private:
    Result<int> readPage(int offset, int limit) final
    {
        auto read = readRows(offset, limit, m_rows.isEmpty() ? nullptr : &m_rows.constLast());
        if (!read.ok())
            return read.error();
        m_staged = std::move(read).value();
        return static_cast<int>(m_staged.size());
    }
    void appendStagedPage() final
    {
        m_rows.append(std::move(m_staged));
        m_staged = {};
    }
    int loadedRowCount() const final { return static_cast<int>(m_rows.size()); }
    void discardRows() final
    {
        m_rows.clear();
        m_rows.squeeze();
    }

    QList<Row> m_rows;
    QList<Row> m_staged;
};

} // namespace qf::ui
