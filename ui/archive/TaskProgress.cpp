#include "TaskProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
constexpr int kSteps = 1000;
}

TaskProgress::TaskProgress(const QString& objectPrefix, const QString& cancelText, QWidget* parent)
    : QWidget(parent), m_progress(new QProgressBar), m_cancel(new QPushButton(cancelText)), m_status(new QLabel)
{
    m_progress->setObjectName(objectPrefix + QStringLiteral("ProgressBar"));
    m_cancel->setObjectName(objectPrefix + QStringLiteral("CancelButton"));
    m_status->setObjectName(objectPrefix + QStringLiteral("StatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The status keeps its lines when a table below it takes the rest of the page.
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgress::cancelRequested);
    reset();
}

void TaskProgress::reset()
{
    m_progress->setRange(0, kSteps);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_status->clear();
}

void TaskProgress::start(const QString& status)
{
    m_progress->setRange(0, 0); // busy until the first report of a total
    m_cancel->setEnabled(true);
    m_status->setText(status.toHtmlEscaped());
}

void TaskProgress::progressed(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, kSteps);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * kSteps / total, 0, kSteps)));
}

void TaskProgress::finish(const QString& richStatus, bool succeeded)
{
    m_progress->setRange(0, kSteps);
    m_progress->setValue(succeeded ? kSteps : 0);
    m_cancel->setEnabled(false);
    m_status->setText(richStatus);
}

} // namespace qf::ui
