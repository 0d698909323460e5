#include "AboutDialog.h"

#include "common/BuildInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace qf::ui {

AboutDialog::AboutDialog(const QString& cipherVersion, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Qingfeng"));
    const BuildInfo info = buildInfo();
    const QString unknown = tr("not known until a vault is open");
    m_details = tr("Version: %1\nBuild: %2, %3\nQt: %4\nSQLCipher: %5 (SQLite %6)\nlibsodium: %7")
                    .arg(info.version, info.buildType, info.compiler, info.qtVersion,
                         cipherVersion.isEmpty() ? unknown : cipherVersion, info.sqliteVersion, info.sodiumVersion);

    auto* icon = new QLabel;
    icon->setPixmap(windowIcon().pixmap(64, 64));
    auto* title = new QLabel(tr("Qingfeng case workbench"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* summary = new QLabel(tr("An offline workbench for discipline-inspection case handling: reports, leads, "
                                  "cases, evidence, documents and archives in an encrypted vault, with a "
                                  "hash-chained audit trail."));
    summary->setWordWrap(true);
    auto* details = new QLabel(m_details);
    details->setObjectName(QStringLiteral("buildDetailsLabel"));
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addWidget(details);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

} // namespace qf::ui
