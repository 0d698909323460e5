#include "ReportTableModel.h"

#include "intake/ReportService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopeGuard>

namespace qf::ui {

ReportTableModel::ReportTableModel(access::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const intake::Report& report = m_reports.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ReceivedColumn:
            return QLocale().toString(report.receivedDate, QLocale::ShortFormat);
        case ChannelColumn:
            return intake::channelDisplayName(report.channel);
        case SubjectsColumn: {
            QStringList names;
            for (const people::Person& subject : report.subjects)
                names << subject.name;
            return names.join(tr(", "));
        }
        case AllegationsColumn:
            return m_allegations.labels(report.allegations).join(tr(", "));
        case SummaryColumn:
            return role == Qt::ToolTipRole ? report.summary : report.summary.simplified();
        case ScreeningColumn:
            return intake::screeningDisplayName(report.screening);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ScreeningColumn &&
        report.screening == intake::Screening::Pending)
        return QBrush(QColor(0xb4, 0x5f, 0x06));
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case SubjectsColumn:
        return tr("Subjects");
    case AllegationsColumn:
        return tr("Allegations");
    case SummaryColumn:
        return tr("Summary");
    case ScreeningColumn:
        return tr("Screening");
    default:
        return {};
    }
}

bool ReportTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_exhausted && !m_fetching && !m_session.isLocked();
}

void ReportTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    intake::ReportFilter page = m_filter;
    page.offset = static_cast<int>(m_reports.size());
    page.limit = m_pageSize;
    auto read = intake::ReportService(m_session).list(page);
    if (!read.ok()) {
        m_exhausted = true;
        m_lastError = read.message();
        Q_EMIT readFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    if (read->size() < m_pageSize)
        m_exhausted = true;
    if (read->isEmpty())
        return;
    const int first = static_cast<int>(m_reports.size());
    beginInsertRows({}, first, first + static_cast<int>(read->size()) - 1);
    m_reports.append(read.value());
    endInsertRows();
}

void ReportTableModel::setFilter(const intake::ReportFilter& filter)
{
    m_filter = filter;
    reload();
}

void ReportTableModel::reload()
{
    // A view or tester reacting to the reset must not fetch before the reset is over.
    m_fetching = true;
    beginResetModel();
    m_reports.clear();
    m_active = true;
    m_exhausted = false;
    m_lastError.clear();
    endResetModel();
    m_fetching = false;
    fetchMore({});
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_reports.clear();
    m_reports.squeeze();
    m_active = false;
    m_exhausted = true;
    endResetModel();
}

const intake::Report* ReportTableModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

int ReportTableModel::rowOf(const QString& uid) const
{
    for (int row = 0; row < m_reports.size(); ++row)
        if (m_reports.at(row).uid == uid)
            return row;
    return -1;
}

} // namespace qf::ui
