#pragma once

#include "CategoryList.h"
#include "intake/ReportRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace qf::access {
class Session;
}

namespace qf::ui {

// Registered reports as a table, read through ReportService::list one page at a time as the view scrolls.
class ReportTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    void setAllegationLabels(const CategoryList& labels) { m_allegations = labels; }
    // Starts over with a new filter (its offset and limit are managed here).
    void setFilter(const intake::ReportFilter& filter);
    const intake::ReportFilter& filter() const { return m_filter; }
    void reload();
    void clear();
    const intake::Report* reportAt(int row) const;
    int rowOf(const QString& uid) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    access::Session& m_session;
    intake::ReportFilter m_filter;
    CategoryList m_allegations;
    QList<intake::Report> m_reports;
    int m_pageSize = 100;
    bool m_active = false;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace qf::ui
