#pragma once

#include "CategoryList.h"
#include "PagedTableModel.h"
#include "leads/LeadFilter.h"

#include <QDate>

namespace qf::access {
class Session;
}

namespace qf::ui {

// The lead library as a table: LeadService::list read 100 rows at a time, LeadService::count for the total.
class LeadTableModel : public PagedRowModel<leads::LeadRow>
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setLabels(const CategoryList& sources, const CategoryList& sectors);
    // Reads against this day (overdue state); tests pin it.
    void setToday(const QDate& today) { m_today = today; }
    void setFilter(const leads::LeadFilter& filter);
    const leads::LeadFilter& filter() const { return m_filter; }

    static QString statusText(leads::LeadStatus status);

protected:
    void prepareReload() override;
    Result<QList<leads::LeadRow>> readRows(int offset, int limit, const leads::LeadRow* last) override;

private:
    leads::LeadFilter m_filter;
    CategoryList m_sources;
    CategoryList m_sectors;
    QDate m_today = QDate::currentDate();
};

} // namespace qf::ui
