#include "AttachmentDropZone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QUrl>
#include <QVBoxLayout>

namespace qf::ui {

AttachmentDropZone::AttachmentDropZone(QWidget* parent) : QFrame(parent), m_label(new QLabel)
{
    setObjectName(QStringLiteral("attachmentDropZoneFrame"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setEnabled(false);
    m_label->setObjectName(QStringLiteral("dropZoneLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    setMinimumHeight(fontMetrics().height() * 3);
    setHighlighted(false);
}

void AttachmentDropZone::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange)
        setHighlighted(false);
    QFrame::changeEvent(event);
}

QStringList AttachmentDropZone::localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    return paths;
}

void AttachmentDropZone::setHighlighted(bool on)
{
    m_label->setText(!isEnabled() ? tr("Select an item of evidence to attach files to it.")
                     : on         ? tr("Release to store the files in the vault")
                                  : tr("Drop files here to attach them to the selected evidence"));
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setAutoFillBackground(on);
}

void AttachmentDropZone::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void AttachmentDropZone::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void AttachmentDropZone::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace qf::ui
