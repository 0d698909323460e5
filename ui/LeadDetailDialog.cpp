#include "LeadDetailDialog.h"

#include "AuditTableModel.h"
#include "CategoryList.h"
#include "ErrorMessages.h"
#include "LeadTableModel.h"

#include "intake/ReportService.h"
#include "leads/LeadService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf::ui {

LeadDetailDialog::LeadDetailDialog(access::Session& session, const QString& leadUid, QWidget* parent)
    : QDialog(parent), m_session(session), m_headerLabel(new QLabel), m_particularsLabel(new QLabel),
      m_subjectsTable(new QTableWidget(0, 5)), m_reportsTree(new QTreeWidget), m_timelineTree(new QTreeWidget)
{
    setObjectName(QStringLiteral("leadDetailDialog"));
    setWindowTitle(tr("Lead"));
    m_headerLabel->setObjectName(QStringLiteral("leadHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_particularsLabel->setObjectName(QStringLiteral("particularsLabel"));
    m_particularsLabel->setWordWrap(true);
    m_particularsLabel->setTextFormat(Qt::PlainText);
    m_particularsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_subjectsTable->setObjectName(QStringLiteral("subjectsTableWidget"));
    m_subjectsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("ID number"), tr("Unit"), tr("Position"), tr("Cadre level")});
    m_subjectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subjectsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subjectsTable->verticalHeader()->hide();
    m_subjectsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_subjectsTable->setColumnWidth(1, 180);

    m_reportsTree->setObjectName(QStringLiteral("reportsTreeWidget"));
    m_reportsTree->setHeaderLabels({tr("Received"), tr("Channel"), tr("Summary")});
    m_reportsTree->setRootIsDecorated(false);
    m_reportsTree->setColumnWidth(0, 110);
    m_reportsTree->setColumnWidth(1, 110);

    m_timelineTree->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timelineTree->setHeaderLabels({tr("Time"), tr("User"), tr("What happened"), tr("Details")});
    m_timelineTree->setRootIsDecorated(false);
    m_timelineTree->setWordWrap(true);
    m_timelineTree->setColumnWidth(0, 150);
    m_timelineTree->setColumnWidth(1, 90);
    m_timelineTree->setColumnWidth(2, 150);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("detailTabWidget"));
    tabs->addTab(m_timelineTree, tr("&Timeline"));
    tabs->addTab(m_subjectsTable, tr("&Subjects"));
    tabs->addTab(m_reportsTree, tr("&Reports"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_particularsLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(leadUid);
    tabs->setFocus();
    resize(900, 620);
}

QString LeadDetailDialog::actionText(const QString& action)
{
    if (action == QLatin1String("lead.register"))
        return tr("Registered");
    if (action == QLatin1String("lead.dispose"))
        return tr("Disposition");
    if (action == QLatin1String("lead.assign"))
        return tr("Staff assigned");
    if (action == QLatin1String("lead.view"))
        return tr("Viewed (confidential)");
    if (action == QLatin1String("report.register"))
        return tr("Report registered");
    if (action == QLatin1String("report.screen"))
        return tr("Report screened");
    if (action == QLatin1String("review.meeting"))
        return tr("Collective review");
    if (action == QLatin1String("transfer.feedback"))
        return tr("Transfer feedback");
    if (action == QLatin1String("follow_up.done"))
        return tr("Follow-up done");
    return action;
}

void LeadDetailDialog::load(const QString& leadUid)
{
    leads::LeadService service(m_session);
    auto lead = service.lead(leadUid);
    if (!lead.ok()) {
        m_headerLabel->setText(ErrorMessages::headline(lead.code()));
        m_particularsLabel->setText(lead.message());
        return;
    }
    showLead(lead.value());
    auto timeline = service.timeline(leadUid);
    if (!timeline.ok()) {
        auto* item = new QTreeWidgetItem(m_timelineTree, {QString(), QString(), timeline.message()});
        Q_UNUSED(item);
    } else {
        for (const audit::AuditEntry& entry : timeline.value()) {
            auto* item = new QTreeWidgetItem(m_timelineTree, {AuditTableModel::displayTime(entry.atUtc), entry.actor,
                                                              actionText(entry.action), entry.summary});
            item->setToolTip(3, entry.summary);
            item->setData(0, Qt::UserRole, entry.action);
        }
    }
    m_loaded = true;
}

void LeadDetailDialog::showLead(const leads::Lead& lead)
{
    setWindowTitle(tr("Lead %1").arg(lead.number));
    m_headerLabel->setText(tr("%1 — %2").arg(lead.number, LeadTableModel::statusText(lead.status)));
    const CategoryList sources = CategoryList::load(m_session, QStringLiteral("lead_source"));
    const CategoryList allegations = CategoryList::load(m_session, QStringLiteral("allegation"));
    const CategoryList sectors = CategoryList::load(m_session, QStringLiteral("sector"));
    const CategoryList levels = CategoryList::load(m_session, QStringLiteral("cadre_level"));
    QStringList lines;
    lines << tr("Source: %1    Allegation: %2    Sector: %3")
                 .arg(sources.label(lead.source), allegations.label(lead.allegation), sectors.label(lead.sector));
    lines << tr("Jurisdiction: %1    Confidentiality: %2")
                 .arg(levels.label(lead.cadreLevel), access::confidentialityDisplayName(lead.confidentiality));
    QString disposition = lead.disposition ? leads::dispositionDisplayName(*lead.disposition) : tr("none yet");
    if (lead.nextReviewDate.isValid())
        disposition += tr("; next review %1").arg(QLocale().toString(lead.nextReviewDate, QLocale::ShortFormat));
    lines << tr("Current disposition: %1").arg(disposition);
    lines << QString() << lead.summary;
    m_particularsLabel->setText(lines.join(QLatin1Char('\n')));

    m_subjectsTable->setRowCount(static_cast<int>(lead.subjects.size()));
    for (int row = 0; row < lead.subjects.size(); ++row) {
        const people::Person& person = lead.subjects.at(row);
        const QStringList cells{person.name, person.idNumber, person.unit, person.position,
                                levels.label(person.cadreLevel)};
        for (int column = 0; column < cells.size(); ++column)
            m_subjectsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    intake::ReportService reports(m_session);
    for (const QString& uid : lead.reportUids) {
        auto report = reports.report(uid);
        if (!report.ok()) {
            new QTreeWidgetItem(m_reportsTree, {QString(), QString(), report.message()});
            continue;
        }
        auto* item = new QTreeWidgetItem(
            m_reportsTree, {QLocale().toString(report->receivedDate, QLocale::ShortFormat),
                            intake::channelDisplayName(report->channel), report->summary.simplified()});
        item->setToolTip(2, report->summary);
    }
    if (lead.reportUids.isEmpty())
        new QTreeWidgetItem(m_reportsTree, {QString(), QString(), tr("No report is linked to this lead.")});
}

} // namespace qf::ui
