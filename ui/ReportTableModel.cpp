#include "ReportTableModel.h"

#include "CaseTerms.h"
#include "intake/ReportService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace qf::ui {

ReportTableModel::ReportTableModel(access::Session& session, QObject* parent) : PagedRowModel(session, 100, parent)
{
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const intake::Report& report = rows().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ReceivedColumn:
            return CaseTerms::date(report.receivedDate);
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

Result<QList<intake::Report>> ReportTableModel::readRows(int offset, int limit, const intake::Report*)
{
    intake::ReportFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    return intake::ReportService(session()).list(page);
}

void ReportTableModel::setFilter(const intake::ReportFilter& filter)
{
    m_filter = filter;
    reload();
}

} // namespace qf::ui
