#include "ImportPages.h"

#include "ArchiveFileRow.h"
#include "ArchiveReportView.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "TaskProgress.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

// ---- file

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent), m_path(new QLineEdit), m_passphrase(new QLineEdit),
      m_error(ErrorMessages::createBanner(QStringLiteral("fileErrorLabel")))
{
    setTitle(tr("Which archive"));
    setSubTitle(tr("Nothing is imported before the whole archive has been verified."));
    m_path->setObjectName(QStringLiteral("archivePathEdit"));
    m_passphrase->setObjectName(QStringLiteral("importPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->setPlaceholderText(tr("Leave empty for an archive addressed to this workstation"));
    auto* form = new QFormLayout(this);
    QPushButton* browse = ArchiveFileRow::add(form, m_path);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(m_error);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

crypto::SecretBytes ImportFilePage::passphrase() const
{
    return PasswordFields::secretOf(m_passphrase);
}

void ImportFilePage::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Open archive"), path(), tr("Qingfeng archives (*.qfa);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ImportFilePage::validatePage()
{
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose the archive file.");
    else if (!QFileInfo(path()).isFile())
        problem = tr("There is no file %1.").arg(path());
    ErrorMessages::setBanner(m_error, problem.toHtmlEscaped());
    return problem.isEmpty();
}

// ---- verify

ImportVerifyPage::ImportVerifyPage(QWidget* parent)
    : ArchiveTaskPage(QStringLiteral("verify"), tr("&Cancel verification"), parent), m_view(new ArchiveReportView)
{
    setTitle(tr("Verification"));
    setSubTitle(tr("The signature, the key, every frame, every entry's hash and the counts are checked."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress());
    layout->addWidget(m_view, 1);
}

void ImportVerifyPage::started()
{
    m_view->clear();
    begin(tr("Verifying the archive…"));
}

void ImportVerifyPage::finished(const archive::VerifyReport& report, bool allowed, const QString& note)
{
    m_view->showReport(report);
    end(note, report.passed(), allowed);
}

// ---- confirm

ImportConfirmPage::ImportConfirmPage(QWidget* parent)
    : QWizardPage(parent), m_summary(new QLabel), m_reasonLabel(new QLabel(tr("&Reason for accepting it:"))),
      m_reason(new QLineEdit), m_error(ErrorMessages::createBanner(QStringLiteral("confirmErrorLabel")))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The import is one transaction: all of it, or nothing. Records already here are left alone, and "
                   "a local record that differs is never overwritten."));
    m_summary->setObjectName(QStringLiteral("confirmSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout(this);
    form->addRow(m_summary);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_error);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

void ImportConfirmPage::prepare(const archive::VerifyReport& report, bool needsOverride)
{
    m_needsOverride = needsOverride;
    qint64 records = 0;
    for (auto it = report.manifest.counts.cbegin(); it != report.manifest.counts.cend(); ++it)
        if (it.key() != archive::kAttachmentContent)
            records += it.value();
    QString text = tr("Archive %1 from %2, signed by %3.<br>%4 records and %5 attachments will be imported.")
                       .arg(report.manifest.archiveId.toHtmlEscaped(), report.manifest.sourceOrgan.toHtmlEscaped(),
                            report.signer.fingerprint)
                       .arg(records)
                       .arg(report.attachmentsChecked);
    if (needsOverride)
        text += u"<br><b>" +
                tr("Its signer is not on the trust list. Import it only if you have confirmed the fingerprint with "
                   "the sender; your reason goes into the audit trail.") +
                u"</b>";
    m_summary->setText(text);
    m_reasonLabel->setVisible(needsOverride);
    m_reason->setVisible(needsOverride);
    ErrorMessages::setBanner(m_error, {});
}

QString ImportConfirmPage::overrideReason() const
{
    return m_needsOverride ? m_reason->text().trimmed() : QString();
}

bool ImportConfirmPage::validatePage()
{
    if (m_needsOverride && overrideReason().isEmpty()) {
        ErrorMessages::setBanner(m_error, tr("Give the reason for accepting an untrusted signer."));
        return false;
    }
    return true;
}

// ---- run

ImportRunPage::ImportRunPage(QWidget* parent)
    : ArchiveTaskPage(QStringLiteral("import"), tr("&Cancel import"), parent), m_conflicts(new QTableWidget(0, 3))
{
    setTitle(tr("Importing"));
    m_conflicts->setObjectName(QStringLiteral("conflictTable"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setHorizontalHeaderLabels({tr("Record type"), tr("Uid"), tr("What happened")});
    m_conflicts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress());
    layout->addWidget(new QLabel(tr("Conflict report: local records kept as they are")));
    layout->addWidget(m_conflicts, 1);
}

void ImportRunPage::started()
{
    m_conflicts->setRowCount(0);
    begin(tr("Verifying again and importing in one transaction…"));
}

void ImportRunPage::succeeded(const archive::ImportResult& result)
{
    setTitle(tr("Archive imported"));
    m_conflicts->setRowCount(static_cast<int>(result.conflicts.size()));
    for (int row = 0; row < result.conflicts.size(); ++row) {
        const archive::ImportConflict& conflict = result.conflicts.at(row);
        const QStringList cells{conflict.type, conflict.uid, conflict.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_conflicts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    end(tr("<b>Archive %1 imported.</b><br>%2 records added, %3 already here and unchanged, %4 conflicts.")
            .arg(result.archiveId.toHtmlEscaped())
            .arg(result.added)
            .arg(result.unchanged)
            .arg(result.conflicts.size()),
        true, true);
}

void ImportRunPage::failed(const QString& message)
{
    setTitle(tr("Nothing was imported"));
    end(message, false, true);
}

} // namespace qf::ui
