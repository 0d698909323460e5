#include "TrustListPanel.h"

#include "ErrorMessages.h"
#include "access/Session.h"
#include "archive/ArchiveFormat.h"
#include "archive/TrustList.h"
#include "archive/WorkstationKey.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
enum Column
{
    FingerprintColumn,
    LabelColumn,
    AddedColumn,
    StatusColumn,
    ColumnCount,
};
}

TrustListPanel::TrustListPanel(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ownFingerprint(new QLabel), m_table(new QTableWidget(0, ColumnCount)),
      m_addButton(new QPushButton(tr("&Add a workstation key…"))), m_revokeButton(new QPushButton(tr("&Revoke…"))),
      m_error(ErrorMessages::createBanner(QStringLiteral("trustErrorLabel")))
{
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownFingerprint->setWordWrap(true);
    auto* saveKey = new QPushButton(tr("&Save this workstation's public key…"));
    saveKey->setObjectName(QStringLiteral("saveOwnKeyButton"));
    m_table->setObjectName(QStringLiteral("trustTable"));
    m_table->setAccessibleName(tr("Trusted workstations"));
    m_table->setHorizontalHeaderLabels({tr("Fingerprint"), tr("Workstation"), tr("Added"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(FingerprintColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_addButton->setObjectName(QStringLiteral("addKeyButton"));
    m_revokeButton->setObjectName(QStringLiteral("revokeKeyButton"));
    const bool admin = m_session.can(access::Permission::ManageKeys);
    m_addButton->setVisible(admin);
    m_revokeButton->setVisible(admin);

    auto* ownRow = new QHBoxLayout;
    ownRow->addWidget(m_ownFingerprint, 1);
    ownRow->addWidget(saveKey);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_revokeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(ownRow);
    auto* note = new QLabel(tr("Before trusting a key, compare its fingerprint with the sender by telephone or in "
                               "person."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(saveKey, &QPushButton::clicked, this, &TrustListPanel::askSaveOwnKey);
    connect(m_addButton, &QPushButton::clicked, this, &TrustListPanel::askAddKey);
    connect(m_revokeButton, &QPushButton::clicked, this, &TrustListPanel::askRevoke);
}

void TrustListPanel::clear()
{
    m_ownFingerprint->clear();
    m_table->setRowCount(0);
    ErrorMessages::setBanner(m_error, {});
}

void TrustListPanel::showError(const Error& error)
{
    ErrorMessages::setBanner(m_error, ErrorMessages::describe(error));
}

void TrustListPanel::reload()
{
    clear();
    auto own = archive::WorkstationKey::publicKey(m_session);
    if (!own.ok()) {
        showError(own.error());
        return;
    }
    m_ownFingerprint->setText(tr("This workstation's key fingerprint: %1").arg(archive::fingerprintOf(own.value())));
    auto keys = archive::TrustList(m_session).list();
    if (!keys.ok()) {
        showError(keys.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(keys->size()));
    for (int row = 0; row < keys->size(); ++row) {
        const archive::TrustedKey& key = keys->at(row);
        const QString status = key.revoked ? tr("revoked %1: %2").arg(key.revokedAt.left(10), key.revokeReason)
                                           : archive::signerTrustName(archive::SignerTrust::Trusted);
        const QStringList cells{key.fingerprint, key.label, tr("%1 by %2").arg(key.addedAt.left(10), key.addedBy),
                                status};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

Status TrustListPanel::addKeyFile(const QString& path, const QString& label)
{
    Status added;
    auto key = archive::WorkstationKey::readPublicKeyFile(path);
    if (!key.ok())
        added = key.error();
    else if (auto trusted = archive::TrustList(m_session).add(key.value(), label); !trusted.ok())
        added = trusted.error();
    reload();
    if (!added.ok())
        showError(added.error());
    return added;
}

Status TrustListPanel::revoke(const QString& fingerprint, const QString& reason)
{
    Status revoked = archive::TrustList(m_session).revoke(fingerprint, reason);
    reload();
    if (!revoked.ok())
        showError(revoked.error());
    return revoked;
}

Status TrustListPanel::saveOwnKey(const QString& path)
{
    auto text = archive::WorkstationKey::publicKeyFileText(m_session);
    if (!text.ok())
        return text.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit())
        return makeError(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void TrustListPanel::askAddKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Workstation public key"), {},
                                                      tr("Public keys (*.pub *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto key = archive::WorkstationKey::readPublicKeyFile(path);
    if (!key.ok()) {
        showError(key.error());
        return;
    }
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Trust a workstation"),
        tr("Fingerprint %1\nCompare it with the sender. Name of the workstation (organ and place):")
            .arg(archive::fingerprintOf(key.value())),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        (void)addKeyFile(path, label);
}

void TrustListPanel::askRevoke()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        ErrorMessages::setBanner(m_error, tr("Select the key to revoke.").toHtmlEscaped());
        return;
    }
    const QString fingerprint = m_table->item(row, FingerprintColumn)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke a workstation key"),
                                                 tr("Archives signed by %1 will be refused. Reason:").arg(fingerprint),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok)
        (void)revoke(fingerprint, reason);
}

void TrustListPanel::askSaveOwnKey()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save this workstation's public key"),
                                     QStringLiteral("workstation-key.pub"), tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveOwnKey(path); !saved.ok())
        showError(saved.error());
}

} // namespace qf::ui
