#pragma once

#include "CategoryList.h"
#include "leads/LeadFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace qf::access {
class Session;
}

namespace qf::ui {

// The lead library as a table: LeadService::list read 100 rows at a time, LeadService::count for the total.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        StatusColumn,
        SubjectsColumn,
        SourceColumn,
        SectorColumn,
        SummaryColumn,
        CreatedColumn,
        NextReviewColumn,
        ColumnCount,
    };
    // Data roles beyond Qt's: whether the row is overdue, and its uid.
    enum Role
    {
        OverdueRole = Qt::UserRole + 1,
        UidRole,
    };

    explicit LeadTableModel(access::Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    void setLabels(const CategoryList& sources, const CategoryList& sectors);
    // Reads against this day (overdue state); tests pin it.
    void setToday(const QDate& today) { m_today = today; }
    void setFilter(const leads::LeadFilter& filter);
    const leads::LeadFilter& filter() const { return m_filter; }
    void reload();
    void clear();
    // How many leads match the filter (all pages), or -1 when unknown.
    int totalCount() const { return m_total; }
    const leads::LeadRow* leadAt(int row) const;
    QString lastError() const { return m_lastError; }

    static QString statusText(leads::LeadStatus status);

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    access::Session& m_session;
    leads::LeadFilter m_filter;
    CategoryList m_sources;
    CategoryList m_sectors;
    QList<leads::LeadRow> m_rows;
    QDate m_today = QDate::currentDate();
    int m_pageSize = 100;
    int m_total = -1;
    bool m_active = false;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace qf::ui
