#include "VerifyArchiveDialog.h"

#include "ArchiveFileRow.h"
#include "ArchiveReportView.h"
#include "PasswordFields.h"
#include "TaskProgress.h"
#include "VerifyRunner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

VerifyArchiveDialog::VerifyArchiveDialog(storage::Vault& vault, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit), m_passphrase(new QLineEdit),
      m_verifyButton(new QPushButton(tr("&Verify"))),
      m_progress(new TaskProgress(QStringLiteral("verify"), tr("&Cancel verification"))), m_view(new ArchiveReportView),
      m_runner(new VerifyRunner(vault, this))
{
    setObjectName(QStringLiteral("verifyArchiveDialog"));
    setWindowTitle(tr("Verify and inspect an archive"));
    m_path->setObjectName(QStringLiteral("archivePathEdit"));
    m_passphrase->setObjectName(QStringLiteral("verifyPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->setPlaceholderText(tr("Leave empty for an archive addressed to this workstation"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    auto* form = new QFormLayout;
    QPushButton* browse = ArchiveFileRow::add(form, m_path);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_verifyButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &VerifyArchiveDialog::browse);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyArchiveDialog::startVerify);
    connect(m_progress, &TaskProgress::cancelRequested, m_runner, &VerifyRunner::cancel);
    connect(m_runner, &VerifyRunner::progressed, m_progress, &TaskProgress::progressed);
    connect(m_runner, &VerifyRunner::finished, this, &VerifyArchiveDialog::verified);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 640);
}

bool VerifyArchiveDialog::isRunning() const
{
    return m_runner->isRunning();
}

const std::optional<archive::VerifyReport>& VerifyArchiveDialog::report() const
{
    return m_runner->report();
}

void VerifyArchiveDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void VerifyArchiveDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open archive"), m_path->text(),
                                                        tr("Qingfeng archives (*.qfa);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void VerifyArchiveDialog::startVerify()
{
    if (m_runner->isRunning())
        return;
    m_view->clear();
    m_verifyButton->setEnabled(false);
    m_progress->start(tr("Verifying the archive…"));
    m_runner->start(m_path->text().trimmed(), PasswordFields::secretOf(m_passphrase));
}

void VerifyArchiveDialog::verified()
{
    const archive::VerifyReport& report = *m_runner->report();
    m_view->showReport(report);
    m_progress->finish(report.passed() ? tr("<b>Verified.</b>") : tr("<b>Verification failed.</b>"), report.passed());
    m_verifyButton->setEnabled(true);
    Q_EMIT verifyFinished(report.passed());
}

void VerifyArchiveDialog::reject()
{
    m_runner->stopNow();
    QDialog::reject();
}

} // namespace qf::ui
