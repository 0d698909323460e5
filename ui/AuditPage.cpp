#include "AuditPage.h"

#include "AuditTableModel.h"
#include "AuditVerifyThread.h"
#include "ErrorMessages.h"
#include "access/Session.h"
#include "audit/AuditTrail.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qf::ui {

AuditPage::AuditPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_model(new AuditTableModel(session, this)), m_headLabel(new QLabel),
      m_resultLabel(new QLabel), m_refreshButton(new QPushButton(tr("&Refresh"))),
      m_verifyButton(new QPushButton(tr("V&erify chain"))), m_cancelButton(new QPushButton(tr("&Cancel"))),
      m_progressBar(new QProgressBar), m_tableView(new QTableView)
{
    setObjectName(QStringLiteral("auditPage"));
    auto* title = new QLabel(tr("Audit trail"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_headLabel->setObjectName(QStringLiteral("headLabel"));
    m_headLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headLabel->setWordWrap(true);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_resultLabel->hide();

    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancelButton->hide();
    m_progressBar->setObjectName(QStringLiteral("verifyProgressBar"));
    m_progressBar->hide();
    if (!m_session.can(access::Permission::VerifyAudit)) {
        m_verifyButton->setEnabled(false);
        m_verifyButton->setToolTip(tr("Only an auditor can verify the audit trail."));
    }

    m_tableView->setObjectName(QStringLiteral("auditTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(AuditTableModel::SummaryColumn, QHeaderView::Stretch);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->setColumnWidth(AuditTableModel::IdColumn, 56);
    m_tableView->setColumnWidth(AuditTableModel::TimeColumn, 150);
    m_tableView->setColumnWidth(AuditTableModel::ActorColumn, 100);
    m_tableView->setColumnWidth(AuditTableModel::ActionColumn, 140);
    m_tableView->setColumnWidth(AuditTableModel::TargetColumn, 130);
    m_tableView->setColumnWidth(AuditTableModel::HashColumn, 140);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_headLabel, 1);
    toolbar->addWidget(m_progressBar);
    toolbar->addWidget(m_cancelButton);
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_verifyButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(toolbar);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_tableView, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::startVerification);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditPage::cancelVerification);
    connect(m_model, &AuditTableModel::readFailed, this,
            [this](const QString& message) { showResult(message.toHtmlEscaped(), false); });
}

AuditPage::~AuditPage()
{
    stopThread();
}

void AuditPage::reload()
{
    if (m_session.isLocked())
        return;
    m_model->reload();
    showHead();
}

void AuditPage::showHead()
{
    auto head = audit::AuditTrail::head(m_session.database());
    if (!head.ok()) {
        m_headLabel->setText(head.message());
        return;
    }
    if (head->count == 0) {
        m_headLabel->setText(tr("The audit trail is empty."));
        return;
    }
    m_headLabel->setText(tr("%n entries; the last one at %1. Head hash: %2", nullptr, static_cast<int>(head->count))
                             .arg(AuditTableModel::displayTime(head->lastAtUtc),
                                  QString::fromLatin1(head->lastHash.toHex().left(16)) + QStringLiteral("…")));
    m_headLabel->setToolTip(QString::fromLatin1(head->lastHash.toHex()));
}

void AuditPage::showResult(const QString& html, bool good)
{
    m_resultLabel->setText(html);
    m_resultLabel->setStyleSheet(
        good ? QStringLiteral("QLabel { background-color: #e6f4ea; color: #0d3d1f; border: 1px solid #9fd4ae;"
                              " border-radius: 4px; padding: 8px; }")
             : QStringLiteral("QLabel { background-color: #fdecea; color: #5c0f0b; border: 1px solid #e0a39d;"
                              " border-radius: 4px; padding: 8px; }"));
    m_resultLabel->show();
}

void AuditPage::startVerification()
{
    if (m_thread || m_session.isLocked())
        return;
    if (Status allowed = m_session.require(access::Permission::VerifyAudit); !allowed.ok()) {
        ErrorMessages::show(this, tr("Verify the audit trail"), allowed.error());
        return;
    }
    auto head = audit::AuditTrail::head(m_session.database());
    m_expectedCount = head.ok() ? head->count : 0;
    m_thread = new AuditVerifyThread(m_session.vault(), m_session.vault().auditKey(),
                                     qMax<qint64>(1, m_expectedCount / 200), this);
    connect(m_thread, &AuditVerifyThread::progressed, this, [this](qint64 checked) {
        if (m_expectedCount > 0)
            m_progressBar->setValue(static_cast<int>(qMin<qint64>(1000, checked * 1000 / m_expectedCount)));
    });
    connect(m_thread, &QThread::finished, this, &AuditPage::verificationDone);
    m_progressBar->setRange(0, m_expectedCount > 0 ? 1000 : 0);
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_cancelButton->show();
    m_cancelButton->setFocus();
    m_verifyButton->setEnabled(false);
    m_resultLabel->hide();
    m_thread->start(QThread::LowPriority);
}

void AuditPage::cancelVerification()
{
    if (m_thread)
        m_thread->cancel();
}

void AuditPage::verificationDone()
{
    if (!m_thread)
        return;
    const auto outcome = m_thread->outcome();
    stopThread();
    if (!outcome || !outcome->ok()) {
        showResult(outcome ? ErrorMessages::describe(outcome->error()) : tr("The verification did not run."), false);
        Q_EMIT verificationFinished(false);
        return;
    }
    const audit::AuditVerification& result = outcome->value();
    const QString headText = tr("Head: %n entries, last hash %1", nullptr, static_cast<int>(result.head.count))
                                 .arg(QString::fromLatin1(result.head.lastHash.toHex()));
    if (result.cancelled) {
        showResult(tr("Verification cancelled after %n entries; no problem was found in them.", nullptr,
                      static_cast<int>(result.entriesChecked))
                       .toHtmlEscaped(),
                   false);
    } else if (result.intact) {
        showResult(QStringLiteral("<b>") +
                       tr("The audit trail is intact: all %n entries were checked.", nullptr,
                          static_cast<int>(result.entriesChecked))
                           .toHtmlEscaped() +
                       QStringLiteral("</b><br><span style=\"font-family: monospace\">") + headText.toHtmlEscaped() +
                       QStringLiteral("</span>"),
                   true);
    } else {
        showResult(QStringLiteral("<b>") +
                       tr("The audit trail is broken at entry %1: %2.")
                           .arg(result.brokenEntryId)
                           .arg(result.problem)
                           .toHtmlEscaped() +
                       QStringLiteral("</b><br>") +
                       tr("The %n entries before it are intact.", nullptr, static_cast<int>(result.entriesChecked))
                           .toHtmlEscaped() +
                       QStringLiteral("<br><span style=\"font-family: monospace\">") + headText.toHtmlEscaped() +
                       QStringLiteral("</span>"),
                   false);
    }
    Q_EMIT verificationFinished(result.intact);
}

void AuditPage::stopThread()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progressBar->hide();
    m_cancelButton->hide();
    m_verifyButton->setEnabled(m_session.can(access::Permission::VerifyAudit));
}

void AuditPage::releaseForLock()
{
    stopThread();
    m_model->clear();
    m_headLabel->clear();
    m_headLabel->setToolTip({});
    m_resultLabel->clear();
    m_resultLabel->hide();
}

} // namespace qf::ui
