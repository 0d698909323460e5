#pragma once

#include "audit/AuditEntry.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace qf::access {
class Session;
}

namespace qf::ui {

// The audit trail as a table, read in pages of `batchSize()` entries as the view scrolls.
class AuditTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    int batchSize() const { return m_batchSize; }
    // Starts over from the first entry (after unlocking, or to see new entries).
    void reload();
    // Forgets every loaded entry; the model stays empty until reload().
    void clear();
    const audit::AuditEntry* entryAt(int row) const;
    // The last read error, empty when reading works.
    QString lastError() const { return m_lastError; }

    // A stored UTC time shown in the user's local time and locale.
    static QString displayTime(const QString& atUtc);

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    access::Session& m_session;
    QList<audit::AuditEntry> m_entries;
    int m_batchSize = 500;
    bool m_active = false;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace qf::ui
