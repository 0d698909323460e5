#include "RecoveryKeySheet.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace qf::ui {

RecoveryKeySheet::RecoveryKeySheet(QWidget* parent)
    : QWidget(parent), m_keyLabel(new QLabel), m_printButton(new QPushButton(tr("&Print…")))
{
    auto* explanation = new QLabel(
        tr("This recovery key opens the vault if every password is lost. It is shown only this once. Print it or "
           "write it down, and keep it in the safe for secret documents."));
    explanation->setWordWrap(true);

    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFixedPitch(true);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_keyLabel->setFont(mono);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(16);
    m_keyLabel->setAccessibleName(tr("Recovery key"));

    m_printButton->setObjectName(QStringLiteral("printButton"));
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryKeySheet::print);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_printButton, 0, Qt::AlignLeft);
}

QString RecoveryKeySheet::formatForDisplay(const QString& recoveryKey)
{
    const QStringList groups = recoveryKey.split(u'-', Qt::SkipEmptyParts);
    if (groups.size() < 4)
        return recoveryKey;
    const qsizetype half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(u' ') + u'\n' + groups.mid(half).join(u' ');
}

void RecoveryKeySheet::setDetails(const QString& organName, const QString& vaultPath, const QString& recoveryKey)
{
    m_organName = organName;
    m_vaultPath = vaultPath;
    m_key = recoveryKey;
    m_printed = false;
    m_keyLabel->setText(formatForDisplay(recoveryKey));
}

void RecoveryKeySheet::clear()
{
    m_key.fill(u'0');
    m_key.clear();
    m_keyLabel->clear();
}

QString RecoveryKeySheet::printHtml() const
{
    const QString key = formatForDisplay(m_key).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<h2>") + tr("Qingfeng vault recovery key").toHtmlEscaped() + QStringLiteral("</h2><p>") +
           tr("Organ: %1").arg(m_organName).toHtmlEscaped() + QStringLiteral("<br>") +
           tr("Vault: %1").arg(m_vaultPath).toHtmlEscaped() + QStringLiteral("<br>") +
           tr("Printed: %1")
               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
               .toHtmlEscaped() +
           QStringLiteral("</p><p style=\"font-family: monospace; font-size: 22pt; font-weight: bold;\">") + key +
           QStringLiteral("</p><p>") +
           tr("Anyone holding this key can open the vault. Keep this page in the safe for secret documents and "
              "destroy it when the key is replaced.")
               .toHtmlEscaped() +
           QStringLiteral("</p>");
}

void RecoveryKeySheet::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Recovery key"));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(printHtml());
    document.print(&printer);
    m_printed = true;
    Q_EMIT printed();
}

} // namespace qf::ui
