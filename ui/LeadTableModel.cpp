#include "LeadTableModel.h"

#include "CaseTerms.h"
#include "leads/LeadService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace qf::ui {

namespace {
QColor statusColor(leads::LeadStatus status)
{
    switch (status) {
    case leads::LeadStatus::Registered:
        return QColor(0x1a, 0x5f, 0xb4);
    case leads::LeadStatus::UnderReview:
        return QColor(0xb4, 0x5f, 0x06);
    case leads::LeadStatus::Disposed:
        return QColor(0x26, 0x7a, 0x3c);
    case leads::LeadStatus::Closed:
        return QColor(0x5e, 0x5c, 0x64);
    }
    return {};
}
} // namespace

LeadTableModel::LeadTableModel(access::Session& session, QObject* parent) : PagedRowModel(session, 100, parent)
{
}

void LeadTableModel::setLabels(const CategoryList& sources, const CategoryList& sectors)
{
    m_sources = sources;
    m_sectors = sectors;
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadTableModel::statusText(leads::LeadStatus status)
{
    return leads::leadStatusDisplayName(status);
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const leads::LeadRow& row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case StatusColumn:
            return row.overdue ? tr("%1 · overdue").arg(statusText(row.status)) : statusText(row.status);
        case SubjectsColumn:
            return row.subjects;
        case SourceColumn:
            return m_sources.label(row.source);
        case SectorColumn:
            return m_sectors.label(row.sector);
        case SummaryColumn:
            return row.summary.simplified();
        case CreatedColumn:
            return row.createdAt.left(10);
        case NextReviewColumn:
            return row.nextReviewDate.isValid() ? CaseTerms::date(row.nextReviewDate) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return row.summary;
        if (index.column() == StatusColumn && !row.disposition.isEmpty())
            return tr("Disposition: %1").arg(row.disposition);
        if (row.overdue)
            return tr("The next review date has passed.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(row.overdue ? QColor(Qt::white) : statusColor(row.status));
        if (index.column() == NextReviewColumn && row.overdue)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn && row.overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn || (index.column() == NextReviewColumn && row.overdue)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OverdueRole:
        return row.overdue;
    case UidRole:
        return row.uid;
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case StatusColumn:
        return tr("Status");
    case SubjectsColumn:
        return tr("Subjects");
    case SourceColumn:
        return tr("Source");
    case SectorColumn:
        return tr("Sector");
    case SummaryColumn:
        return tr("Summary");
    case CreatedColumn:
        return tr("Registered");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

void LeadTableModel::prepareReload()
{
    auto total = leads::LeadService(session()).count(m_filter, m_today);
    setTotalCount(total.ok() ? total.value() : -1);
}

Result<QList<leads::LeadRow>> LeadTableModel::readRows(int offset, int limit, const leads::LeadRow*)
{
    leads::LeadFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    return leads::LeadService(session()).list(page, m_today);
}

void LeadTableModel::setFilter(const leads::LeadFilter& filter)
{
    m_filter = filter;
    reload();
}

} // namespace qf::ui
