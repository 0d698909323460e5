#include "CaseListModel.h"

#include "CaseTerms.h"
#include "cases/CaseService.h"
#include "workflow/CaseWorkflow.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace qf::ui {

CaseListModel::CaseListModel(access::Session& session, QObject* parent) : PagedRowModel(session, 200, parent)
{
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cases::CaseRow& row = rows().at(index.row());
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

Result<QList<cases::CaseRow>> CaseListModel::readRows(int offset, int limit, const cases::CaseRow*)
{
    return cases::CaseService(session()).list(m_stage, offset, limit,
                                              m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate());
}

void CaseListModel::setStageFilter(const QString& stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    reload();
}

void CaseListModel::prepareReload()
{
    if (m_definition)
        return;
    auto definition = workflow::CaseWorkflow::definition(session().database());
    if (definition.ok())
        m_definition = definition.value();
}

} // namespace qf::ui
