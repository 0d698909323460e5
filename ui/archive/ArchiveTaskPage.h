#pragma once

#include <QWizardPage>

namespace qf::ui {

class TaskProgress;

// A wizard page whose work runs on a worker thread (verifying, exporting, importing): it asks for the work when it
// is shown, shows the progress with a Cancel button, and lets the wizard go on only once the work has ended well
// enough. Child object names of the progress are <objectPrefix>ProgressBar, ...CancelButton and ...StatusLabel.
class ArchiveTaskPage : public QWizardPage
{
    Q_OBJECT

public:
    ArchiveTaskPage(const QString& objectPrefix, const QString& cancelText, QWidget* parent = nullptr);

    TaskProgress* progress() const { return m_progress; }
    bool isComplete() const override { return m_complete; }
    void initializePage() override;

Q_SIGNALS:
    void startRequested();

protected:
    // The work started: `status` is shown and the wizard waits.
    void begin(const QString& status);
    // The work ended: the progress is full when it succeeded, `richStatus` says how it went, and `complete` lets
    // the wizard go on.
    void end(const QString& richStatus, bool succeeded, bool complete);

private:
    TaskProgress* m_progress;
    bool m_complete = false;
};

} // namespace qf::ui
