#include "AuditTableModel.h"

#include "access/Session.h"
#include "audit/AuditLog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

namespace qf::ui {

AuditTableModel::AuditTableModel(access::Session& session, QObject* parent) : PagedRowModel(session, 500, parent)
{
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::displayTime(const QString& atUtc)
{
    QDateTime time = QDateTime::fromString(atUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return atUtc;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& entry = rows().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return entry.id;
        case TimeColumn:
            return displayTime(entry.atUtc);
        case ActorColumn:
            return entry.actor;
        case ActionColumn:
            return entry.action;
        case TargetColumn:
            return entry.targetUid.isEmpty() ? entry.targetType
                                             : entry.targetType + QStringLiteral(" ") + entry.targetUid;
        case SummaryColumn:
            return entry.summary;
        case HashColumn:
            return QString::fromLatin1(entry.hash.toHex().left(16));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == HashColumn)
            return QString::fromLatin1(entry.hash.toHex());
        if (index.column() == TimeColumn)
            return tr("%1 (UTC)").arg(entry.atUtc);
        if (index.column() == SummaryColumn)
            return entry.summary;
    }
    if (role == Qt::FontRole && index.column() == HashColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case SummaryColumn:
        return tr("Summary");
    case HashColumn:
        return tr("Chain hash");
    default:
        return {};
    }
}

Result<QList<audit::AuditEntry>> AuditTableModel::readRows(int, int limit, const audit::AuditEntry* last)
{
    return audit::readAuditPage(session().database(), last ? last->id : 0, limit);
}

} // namespace qf::ui
