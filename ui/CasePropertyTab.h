#pragma once

#include "CaseTab.h"
#include "property/PropertyService.h"

class QLabel;
class QTableWidget;

namespace qf::ui {

// 涉案款物: the case's ledger, one card per item; the lifecycle actions allowed in the item's state, each signed by
// a second person (seizure and sealing under an approved measure); the item's history; and the reconciliation
// of totals per category and currency.
class CasePropertyTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CasePropertyTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

    bool selectItem(const QString& itemUid);
    // Opens the two-person dialog for a lifecycle action on the selected item; true when it was done.
    bool act(const QString& action);
    bool registerItem();

private:
    const property::PropertyItem* selected() const;
    void showHistory();
    void updateButtons();
    void showReconciliation();

    QList<property::PropertyItem> m_items;
    QTableWidget* m_table;
    QTableWidget* m_history;
    QTableWidget* m_totals;
    QLabel* m_warningLabel;
    QPushButton* m_registerButton;
    QList<QPushButton*> m_actionButtons;
};

} // namespace qf::ui
