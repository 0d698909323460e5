#include "EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace qf::ui {

EmptyStatePage::EmptyStatePage(const QString& area, const QString& purpose, QWidget* parent) : WorkspacePage(parent)
{
    auto* title = new QLabel(area);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto* status = new QLabel(tr("This area is not built yet."));
    status->setObjectName(QStringLiteral("statusLabel"));
    status->setAlignment(Qt::AlignCenter);
    auto* description = new QLabel(purpose);
    description->setObjectName(QStringLiteral("purposeLabel"));
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignCenter);
    description->setFixedWidth(560);
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(status);
    layout->addWidget(description, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace qf::ui
