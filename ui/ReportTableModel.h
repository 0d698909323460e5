#pragma once

#include "CategoryList.h"
#include "PagedTableModel.h"
#include "intake/ReportRepository.h"

namespace qf::access {
class Session;
}

namespace qf::ui {

// Registered reports as a table, read through ReportService::list one page at a time as the view scrolls.
class ReportTableModel : public PagedRowModel<intake::Report>
{
    Q_OBJECT

public:
    enum Column
    {
        ReceivedColumn,
        ChannelColumn,
        SubjectsColumn,
        AllegationsColumn,
        SummaryColumn,
        ScreeningColumn,
        ColumnCount,
    };

    explicit ReportTableModel(access::Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setAllegationLabels(const CategoryList& labels) { m_allegations = labels; }
    // Starts over with a new filter (its offset and limit are managed here).
    void setFilter(const intake::ReportFilter& filter);
    const intake::ReportFilter& filter() const { return m_filter; }

protected:
    Result<QList<intake::Report>> readRows(int offset, int limit, const intake::Report* last) override;

    intake::ReportFilter m_filter;
    CategoryList m_allegations;
};

} // namespace qf::ui
