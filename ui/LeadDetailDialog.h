#pragma once

#include "leads/Lead.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// One lead (问题线索): its particulars, subjects, the reports it came from, and a timeline of everything that
// happened to it, oldest first.
class LeadDetailDialog : public QDialog
{
    Q_OBJECT

public:
    LeadDetailDialog(access::Session& session, const QString& leadUid, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QTreeWidget* timeline() const { return m_timelineTree; }

    // A readable name for an audit action on a lead or report ("lead.dispose" → "Disposition").
    static QString actionText(const QString& action);

private:
    void load(const QString& leadUid);
    void showLead(const leads::Lead& lead);

    access::Session& m_session;
    QLabel* m_headerLabel;
    QLabel* m_particularsLabel;
    QTableWidget* m_subjectsTable;
    QTreeWidget* m_reportsTree;
    QTreeWidget* m_timelineTree;
    bool m_loaded = false;
};

} // namespace qf::ui
