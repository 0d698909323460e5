#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qf::ui {

// A progress bar, its Cancel button and a status line, for an archive task running on a worker thread. Child
// object names are <prefix>ProgressBar, <prefix>CancelButton and <prefix>StatusLabel.
class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    TaskProgress(const QString& objectPrefix, const QString& cancelText, QWidget* parent = nullptr);

    void start(const QString& status);
    void progressed(qint64 done, qint64 total);
    void finish(const QString& richStatus, bool succeeded);
    void reset();

    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
};

} // namespace qf::ui
