#pragma once

#include "CategoryList.h"
#include "leads/LeadFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace qf::ui {

// The lead library's filter bar. It says when the filter changed (typing is debounced) and builds the LeadFilter.
class LeadFilterBar : public QWidget
{
    Q_OBJECT

public:
    LeadFilterBar(const CategoryList& sources, const CategoryList& sectors, QWidget* parent = nullptr);

    leads::LeadFilter filter() const;
    void focusSearch();
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit* m_numberEdit;
    QLineEdit* m_subjectEdit;
    QLineEdit* m_unitEdit;
    QComboBox* m_statusCombo;
    QComboBox* m_sourceCombo;
    QComboBox* m_sectorCombo;
    QCheckBox* m_createdCheck;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QCheckBox* m_overdueCheck;
    QLineEdit* m_textEdit;
    QTimer* m_timer;
};

} // namespace qf::ui
