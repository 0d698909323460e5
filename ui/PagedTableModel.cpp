#include "PagedTableModel.h"

#include "access/Session.h"

#include <QScopeGuard>

namespace qf::ui {

PagedTableModel::PagedTableModel(access::Session& session, int pageSize, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_pageSize(qMax(1, pageSize))
{
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_exhausted && !m_fetching && !m_session.isLocked();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and model testers may ask for more while rows are being inserted; one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const int loaded = loadedRowCount();
    auto read = readPage(loaded, m_pageSize);
    if (!read.ok()) {
        m_exhausted = true;
        m_lastError = read.message();
        Q_EMIT readFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    const int count = read.value();
    if (count < m_pageSize || (m_total >= 0 && loaded + count >= m_total))
        m_exhausted = true;
    if (count == 0)
        return;
    beginInsertRows({}, loaded, loaded + count - 1);
    appendStagedPage();
    endInsertRows();
}

void PagedTableModel::reload()
{
    // A view or tester reacting to the reset must not fetch before the reset is over.
    m_fetching = true;
    beginResetModel();
    discardRows();
    m_active = true;
    m_exhausted = false;
    m_total = -1;
    m_lastError.clear();
    endResetModel();
    m_fetching = false;
    prepareReload();
    fetchMore({});
}

void PagedTableModel::clear()
{
    beginResetModel();
    discardRows();
    m_active = false;
    m_exhausted = true;
    m_total = -1;
    endResetModel();
}

} // namespace qf::ui
