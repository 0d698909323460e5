#pragma once

#include "cases/Case.h"
#include "common/Result.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// One tab of the case workspace. It reads its records through core when the case is shown, and says when it
// recorded something so the workspace can refresh the stage bar and the other tabs.
class CaseTab : public QWidget
{
    Q_OBJECT

public:
    explicit CaseTab(access::Session& session, QWidget* parent = nullptr);

    void setCase(const cases::Case& c);
    const cases::Case& currentCase() const { return m_case; }
    virtual void reload() = 0;
    // Stops background work before the vault locks.
    virtual void releaseForLock() {}

Q_SIGNALS:
    void changed();

protected:
    // Shows a failed outcome; returns whether it succeeded. A success announces the change.
    bool finish(const Status& status, const QString& title);
    bool showFailure(const Error& error, const QString& title);
    QTableWidget* makeTable(const QStringList& headers, const QString& objectName);
    static void setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& key = {});
    static QString selectedKey(const QTableWidget* table);
    QPushButton* makeButton(const QString& text, const QString& objectName);

    access::Session& m_session;
    cases::Case m_case;
};

} // namespace qf::ui
