#pragma once

#include "access/Session.h"
#include "people/IntegrityFile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qf::ui {

// Integrity files (廉政档案): a searchable list of cadres; for the one chosen, the post, the yearly personal-matters
// reports, anomaly flags (raised by hand, turned into leads) and the history of everything on record about them.
class IntegrityFilesTab : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrityFilesTab(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();
    bool selectFile(const QString& uid);
    QString currentFileUid() const { return m_fileUid; }
    QTableWidget* filesTable() const { return m_files; }
    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* flagsTable() const { return m_flags; }

private:
    void openFile();
    void recordPersonalMatters();
    void raiseFlag();
    void turnIntoLead();
    void fileChosen();
    void showFile();
    void updateButtons();
    bool report(const Status& status);

    access::Session& m_session;
    QLineEdit* m_searchEdit;
    QTableWidget* m_files;
    QLabel* m_summaryLabel;
    QTableWidget* m_matters;
    QTableWidget* m_flags;
    QTableWidget* m_history;
    QLabel* m_errorLabel;
    QPushButton* m_openButton;
    QPushButton* m_mattersButton;
    QPushButton* m_flagButton;
    QPushButton* m_leadButton;
    QString m_fileUid;
};

} // namespace qf::ui
