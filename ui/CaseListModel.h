#pragma once

#include "cases/Case.h"
#include "workflow/WorkflowDefinition.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace qf::access {
class Session;
}

namespace qf::ui {

// The cases the session may see, read page by page from CaseService::list as the view scrolls.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        StageColumn,
        SinceColumn,
        DueColumn,
        ColumnCount,
    };
    static constexpr int UidRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit CaseListModel(access::Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    // The day deadlines are judged against; invalid means today. Takes effect on reload().
    void setReferenceDate(const QDate& day) { m_referenceDate = day; }
    // An empty stage lists every stage.
    void setStageFilter(const QString& stage);
    QString stageFilter() const { return m_stage; }
    void reload();
    void clear();
    const cases::CaseRow* rowAt(int row) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    access::Session& m_session;
    std::optional<workflow::WorkflowDefinition> m_definition;
    QList<cases::CaseRow> m_rows;
    QString m_stage;
    QDate m_referenceDate;
    int m_batchSize = 200;
    bool m_exhausted = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace qf::ui
