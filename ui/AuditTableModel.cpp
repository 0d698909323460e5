#include "AuditTableModel.h"

#include "access/Session.h"
#include "audit/AuditLog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QScopeGuard>

namespace qf::ui {

AuditTableModel::AuditTableModel(access::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
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
    const audit::AuditEntry& entry = m_entries.at(index.row());
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

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_exhausted && !m_fetching && !m_session.isLocked();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and model testers may ask for more while rows are being inserted; one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const qint64 afterId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    auto page = audit::readAuditPage(m_session.database(), afterId, m_batchSize);
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
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries.append(page.value());
    endInsertRows();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_active = true;
    m_exhausted = false;
    m_lastError.clear();
    endResetModel();
    fetchMore({});
}

void AuditTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_entries.squeeze();
    m_active = false;
    m_exhausted = true;
    endResetModel();
}

const audit::AuditEntry* AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

} // namespace qf::ui
