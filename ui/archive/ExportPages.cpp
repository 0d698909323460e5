#include "ExportPages.h"

#include "ArchiveFileRow.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "TaskProgress.h"
#include "access/Session.h"
#include "archive/ExportCandidates.h"
#include "archive/TrustList.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qf::ui {

using archive::ExportScope;

namespace {
constexpr int kUidRole = Qt::UserRole;

QStringList checkedUids(const QListWidget* list)
{
    QStringList uids;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            uids << list->item(row)->data(kUidRole).toString();
    return uids;
}
} // namespace

// ---- scope

ExportScopePage::ExportScopePage(access::Session& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_kinds(new QButtonGroup(this)), m_filter(new QLineEdit),
      m_list(new QListWidget), m_shownLabel(new QLabel),
      m_error(ErrorMessages::createBanner(QStringLiteral("scopeErrorLabel")))
{
    setTitle(tr("What to export"));
    setSubTitle(tr("A case travels with everything attached to it: its lead, subjects, evidence, attachments, "
                   "decisions and the rest."));
    auto* layout = new QVBoxLayout(this);
    const QList<std::pair<ExportScope::Kind, QString>> kinds{
        {ExportScope::Kind::Case, tr("One &case")},
        {ExportScope::Kind::Cases, tr("&Several cases")},
        {ExportScope::Kind::Leads, tr("&Leads")},
        {ExportScope::Kind::Vault, tr("The &whole vault")},
    };
    static const char* const names[] = {"caseRadio", "casesRadio", "leadsRadio", "vaultRadio"};
    for (const auto& [kind, title] : kinds) {
        auto* radio = new QRadioButton(title);
        radio->setObjectName(QString::fromLatin1(names[static_cast<int>(kind)]));
        m_kinds->addButton(radio, static_cast<int>(kind));
        layout->addWidget(radio);
    }
    m_kinds->button(static_cast<int>(ExportScope::Kind::Case))->setChecked(true);
    m_filter->setObjectName(QStringLiteral("candidateFilterEdit"));
    m_filter->setPlaceholderText(tr("Number or title contains…"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Find:"));
    filterLabel->setBuddy(m_filter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_shownLabel);
    m_shownLabel->setObjectName(QStringLiteral("candidatesShownLabel"));
    layout->addLayout(filterRow);
    m_list->setObjectName(QStringLiteral("candidateList"));
    m_list->setAccessibleName(tr("Cases or leads to export"));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            loadCandidates();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ExportScopePage::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &ExportScopePage::applyFilter);
}

ExportScope::Kind ExportScopePage::kind() const
{
    return static_cast<ExportScope::Kind>(m_kinds->checkedId());
}

void ExportScopePage::setKind(ExportScope::Kind kind)
{
    m_kinds->button(static_cast<int>(kind))->setChecked(true);
}

bool ExportScopePage::check(const QString& uid)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kUidRole).toString() == uid) {
            m_list->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void ExportScopePage::initializePage()
{
    loadCandidates();
}

void ExportScopePage::loadCandidates()
{
    m_list->clear();
    applyFilter();
    ErrorMessages::setBanner(m_error, {});
    const ExportScope::Kind chosen = kind();
    m_list->setEnabled(chosen != ExportScope::Kind::Vault);
    if (chosen == ExportScope::Kind::Vault)
        return;
    auto candidates = archive::ExportCandidates::list(
        m_session, chosen == ExportScope::Kind::Leads ? ExportScope::Kind::Leads : ExportScope::Kind::Cases);
    if (!candidates.ok()) {
        ErrorMessages::setBanner(m_error, ErrorMessages::describe(candidates.error()));
        return;
    }
    const QSignalBlocker quiet(m_list);
    for (const archive::ExportCandidate& candidate : std::as_const(candidates.value())) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  [%3]")
                .arg(candidate.number, candidate.title, access::confidentialityDisplayName(candidate.level)),
            m_list);
        item->setData(kUidRole, candidate.uid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    applyFilter();
}

void ExportScopePage::applyFilter()
{
    const QString wanted = m_filter->text().trimmed();
    int shown = 0;
    int ticked = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool matches = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!matches);
        shown += matches ? 1 : 0;
        ticked += item->checkState() == Qt::Checked ? 1 : 0;
    }
    m_shownLabel->setText(tr("%1 of %2 shown, %3 ticked").arg(shown).arg(m_list->count()).arg(ticked));
}

ExportScope ExportScopePage::scope() const
{
    ExportScope scope;
    scope.kind = kind();
    if (scope.kind != ExportScope::Kind::Vault)
        scope.uids = checkedUids(m_list);
    return scope;
}

bool ExportScopePage::validatePage()
{
    const ExportScope chosen = scope();
    if (chosen.kind == ExportScope::Kind::Case && chosen.uids.size() != 1) {
        ErrorMessages::setBanner(m_error, tr("Tick exactly one case."));
        return false;
    }
    if (chosen.kind != ExportScope::Kind::Vault && chosen.uids.isEmpty()) {
        ErrorMessages::setBanner(m_error, tr("Tick at least one case or lead."));
        return false;
    }
    ErrorMessages::setBanner(m_error, {});
    return true;
}

// ---- protection

ExportProtectionPage::ExportProtectionPage(access::Session& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_passphraseRadio(new QRadioButton(tr("Protect with a &passphrase"))),
      m_recipientsRadio(new QRadioButton(tr("Address it to trusted &workstations"))), m_passphraseBox(new QWidget),
      m_recipients(new QListWidget),
      m_identities(new QCheckBox(tr("&Include protected identities for which I hold an approved grant"))),
      m_error(ErrorMessages::createBanner(QStringLiteral("protectionErrorLabel")))
{
    setTitle(tr("Who can open it"));
    setSubTitle(tr("Tell a passphrase to the recipient by another channel than the archive, or address the archive "
                   "to workstations on this vault's trust list."));
    m_passphraseRadio->setObjectName(QStringLiteral("passphraseRadio"));
    m_recipientsRadio->setObjectName(QStringLiteral("recipientsRadio"));
    m_recipients->setObjectName(QStringLiteral("recipientList"));
    m_recipients->setAccessibleName(tr("Recipient workstations"));
    m_identities->setObjectName(QStringLiteral("includeIdentitiesCheck"));
    auto* form = new QFormLayout(m_passphraseBox);
    m_passphrase = new PasswordFields(form, QStringLiteral("archive"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_passphraseRadio);
    layout->addWidget(m_passphraseBox);
    layout->addWidget(m_recipientsRadio);
    layout->addWidget(m_recipients, 1);
    layout->addWidget(m_identities);
    auto* identityNote = new QLabel(tr("Without this choice, or without a grant, protected identities stay in this "
                                       "vault; the archive says how many were withheld."));
    identityNote->setWordWrap(true);
    layout->addWidget(identityNote);
    layout->addWidget(m_error);
    m_passphraseRadio->setChecked(true);
    connect(m_passphraseRadio, &QRadioButton::toggled, this, &ExportProtectionPage::updateMode);
    updateMode();
}

void ExportProtectionPage::initializePage()
{
    m_recipients->clear();
    auto keys = archive::TrustList(m_session).list();
    if (!keys.ok()) {
        ErrorMessages::setBanner(m_error, ErrorMessages::describe(keys.error()));
        return;
    }
    for (const archive::TrustedKey& key : std::as_const(keys.value())) {
        if (key.revoked)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(key.label, key.fingerprint), m_recipients);
        item->setData(kUidRole, key.publicKey);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_recipientsRadio->setEnabled(m_recipients->count() > 0);
}

void ExportProtectionPage::updateMode()
{
    m_passphraseBox->setEnabled(m_passphraseRadio->isChecked());
    m_recipients->setEnabled(!m_passphraseRadio->isChecked());
}

bool ExportProtectionPage::usesPassphrase() const
{
    return m_passphraseRadio->isChecked();
}

crypto::SecretBytes ExportProtectionPage::passphrase() const
{
    return m_passphrase->secret();
}

QByteArrayList ExportProtectionPage::recipients() const
{
    QByteArrayList keys;
    for (int row = 0; row < m_recipients->count(); ++row)
        if (m_recipients->item(row)->checkState() == Qt::Checked)
            keys << m_recipients->item(row)->data(kUidRole).toByteArray();
    return keys;
}

bool ExportProtectionPage::includeIdentities() const
{
    return m_identities->isChecked();
}

bool ExportProtectionPage::validatePage()
{
    QString problem;
    if (usesPassphrase())
        problem = m_passphrase->problem();
    else if (recipients().isEmpty())
        problem = tr("Tick at least one recipient workstation.");
    ErrorMessages::setBanner(m_error, problem.toHtmlEscaped());
    return problem.isEmpty();
}

// ---- destination

ExportDestinationPage::ExportDestinationPage(QWidget* parent)
    : QWizardPage(parent), m_path(new QLineEdit),
      m_error(ErrorMessages::createBanner(QStringLiteral("destinationErrorLabel")))
{
    setTitle(tr("Where to write it"));
    setSubTitle(tr("The file appears under this name only when the archive is complete."));
    m_path->setObjectName(QStringLiteral("destinationEdit"));
    auto* form = new QFormLayout(this);
    QPushButton* browse = ArchiveFileRow::add(form, m_path);
    form->addRow(m_error);
    connect(browse, &QPushButton::clicked, this, &ExportDestinationPage::browse);
}

QString ExportDestinationPage::path() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty() || text.endsWith(QLatin1String(".qfa"), Qt::CaseInsensitive))
        return text;
    return text + QStringLiteral(".qfa");
}

void ExportDestinationPage::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save archive"), m_path->text(), tr("Qingfeng archives (*.qfa)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportDestinationPage::validatePage()
{
    const QString target = path();
    QString problem;
    if (target.isEmpty())
        problem = tr("Choose where to write the archive.");
    else if (QFileInfo::exists(target))
        problem = tr("%1 already exists; an archive never overwrites a file. Choose another name.").arg(target);
    else if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.").arg(QFileInfo(target).absolutePath());
    ErrorMessages::setBanner(m_error, problem.toHtmlEscaped());
    return problem.isEmpty();
}

// ---- run

ExportRunPage::ExportRunPage(QWidget* parent)
    : ArchiveTaskPage(QStringLiteral("export"), tr("&Cancel export"), parent), m_archiveId(new QLineEdit)
{
    setTitle(tr("Exporting"));
    m_archiveId->setObjectName(QStringLiteral("archiveIdEdit"));
    m_archiveId->setReadOnly(true);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Archive id:")));
    idRow->addWidget(m_archiveId, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress());
    layout->addLayout(idRow);
    layout->addStretch();
}

void ExportRunPage::started()
{
    m_archiveId->clear();
    begin(tr("Writing the archive…"));
}

void ExportRunPage::succeeded(const QString& archiveId, const QString& summary)
{
    m_archiveId->setText(archiveId);
    setTitle(tr("Archive written"));
    end(summary, true, true);
}

void ExportRunPage::failed(const QString& message)
{
    setTitle(tr("No archive was written"));
    end(message, false, true);
}

} // namespace qf::ui
