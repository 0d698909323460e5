#include "CaseListModel.h"

#include "CaseTerms.h"
#include "cases/CaseService.h"
#include "workflow/CaseWorkflow.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QScopeGuard>

namespace qf::ui {

CaseListModel::CaseListModel(access::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cases::CaseRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case TitleColumn:
            return row.title;
        case StageColumn:
            return m_definition ? CaseTerms::stageLabel(*m_definition, row.stage) : row.stage;
        case SinceColumn:
            return row.stageSince.left(10);
        case DueColumn:
            if (!row.dueOn.isValid())
                return QString();
            return row.overdue ? tr("%1 (overdue)").arg(CaseTerms::date(row.dueOn)) : CaseTerms::date(row.dueOn);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (row.overdue && index.column() == DueColumn)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::FontRole:
        if (row.overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row.title;
        if (row.overdue && index.column() == DueColumn)
            return tr("The stage deadline has passed.");
        return {};
    case UidRole:
        return row.uid;
    case OverdueRole:
        return row.overdue;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case SinceColumn:
        return tr("In stage since");
    case DueColumn:
        return tr("Stage due");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching && !m_session.isLocked();
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = cases::CaseService(m_session).list(m_stage, static_cast<int>(m_rows.size()), m_batchSize,
                                                   m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate());
    if (!page.ok()) {
        m_exhausted = true;
        m_lastError = page.message();
        Q_EMIT readFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    if (page->size() < m_batchSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

void CaseListModel::setStageFilter(const QString& stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    reload();
}

void CaseListModel::reload()
{
    if (!m_definition) {
        auto definition = workflow::CaseWorkflow::definition(m_session.database());
        if (definition.ok())
            m_definition = definition.value();
    }
    // Views fetch as soon as the reset ends; the first page is read here, after it.
    beginResetModel();
    m_rows.clear();
    m_exhausted = true;
    m_lastError.clear();
    endResetModel();
    m_exhausted = false;
    fetchMore({});
}

void CaseListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_exhausted = true;
    endResetModel();
}

const cases::CaseRow* CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace qf::ui
