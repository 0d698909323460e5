#pragma once

#include <QFrame>

class QLabel;
class QMimeData;

namespace qf::ui {

// A framed area that takes local files dropped on it; the "Attach file…" button is its keyboard path.
class AttachmentDropZone : public QFrame
{
    Q_OBJECT

public:
    explicit AttachmentDropZone(QWidget* parent = nullptr);

Q_SIGNALS:
    void filesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static QStringList localFiles(const QMimeData* data);
    void setHighlighted(bool on);

    QLabel* m_label;
};

} // namespace qf::ui
