#pragma once

#include "common/Result.h"
#include "settings/VaultSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The settings stored in the vault, edited by its administrator: organ name, number prefix and patterns, backup
// rotation and the category lists. Every change goes through settings::VaultSettingsService and is audited.
class VaultSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit VaultSettingsTab(access::Session& session, QWidget* parent = nullptr);

    // Saves what changed; on a refusal shows the reason and returns false.
    bool save();

private:
    void load();
    void loadCategories();
    void loadTimeLimits();
    bool saveTimeLimits();
    void addCategory();
    void updateExamples();
    bool check(const Status& status);

    access::Session& m_session;
    settings::VaultSettings m_loaded;
    QLineEdit* m_organEdit;
    QLineEdit* m_agencyEdit;
    QTableWidget* m_patternTable;
    QTableWidget* m_timeLimitTable;
    QList<settings::StageTimeLimit> m_loadedLimits;
    QSpinBox* m_backupKeepSpin;
    QSpinBox* m_opinionReplyDaysSpin;
    QComboBox* m_categoryKindCombo;
    QTableWidget* m_categoryTable;
    QLineEdit* m_newCodeEdit;
    QLineEdit* m_newLabelEdit;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
