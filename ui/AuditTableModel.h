#pragma once

#include "PagedTableModel.h"
#include "audit/AuditEntry.h"
#include "common/Result.h"

namespace qf::access {
class Session;
}

namespace qf::ui {

// The audit trail as a table, read in pages of `pageSize()` entries (keyset by id) as the view scrolls.
class AuditTableModel : public PagedRowModel<audit::AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        SummaryColumn,
        HashColumn,
        ColumnCount,
    };

    explicit AuditTableModel(access::Session& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A stored UTC time shown in the user's local time and locale.
    static QString displayTime(const QString& atUtc);

protected:
    Result<QList<audit::AuditEntry>> readRows(int offset, int limit, const audit::AuditEntry* last) override;
};

} // namespace qf::ui
