#pragma once

#include "PagedTableModel.h"
#include "cases/Case.h"
#include "workflow/WorkflowDefinition.h"

#include <optional>

namespace qf::access {
class Session;
}

namespace qf::ui {

// The cases the session may see, read page by page from CaseService::list as the view scrolls.
class CaseListModel : public PagedRowModel<cases::CaseRow>
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The day deadlines are judged against; invalid means today. Takes effect on reload().
    void setReferenceDate(const QDate& day) { m_referenceDate = day; }
    // An empty stage lists every stage.
    void setStageFilter(const QString& stage);
    QString stageFilter() const { return m_stage; }

protected:
    void prepareReload() override;
    Result<QList<cases::CaseRow>> readRows(int offset, int limit, const cases::CaseRow* last) override;

private:
    std::optional<workflow::WorkflowDefinition> m_definition;
    QString m_stage;
    QDate m_referenceDate;
};

} // namespace qf::ui
