#pragma once

#include "reporting/Statistics.h"

#include <QDialog>

class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The records behind a figure (or any list of records): number, date, summary and state; Enter or a double click
// opens the record.
class RecordListDialog : public QDialog
{
    Q_OBJECT

public:
    // `counted`: how many records the figure counts, when the list may be shorter (a limit, or confidential
    // records the user may not open); -1 when the list is complete.
    RecordListDialog(access::Session& session, const QString& title, const QList<reporting::RecordRef>& records,
                     qint64 counted = -1, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void openCurrent();

Q_SIGNALS:
    void recordOpened(reporting::RecordKind kind, const QString& uid);

private:
    access::Session& m_session;
    QList<reporting::RecordRef> m_records;
    QTableWidget* m_table;
};

} // namespace qf::ui
