#include "IntegrityOpinionsTab.h"

#include "BusyCursor.h"
#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "IntegrityWidgets.h"
#include "reporting/IntegrityOpinionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

using integrity::addRow;
using integrity::makeButton;
using integrity::makeTable;
using integrity::selectedKey;

using reporting::IntegrityOpinionService;
using reporting::MatchKind;
using reporting::OpinionEntry;
using reporting::ReviewState;

namespace {

QString reviewText(const OpinionEntry& entry)
{
    switch (entry.review) {
    case ReviewState::Pending:
        break;
    case ReviewState::Confirmed:
        return IntegrityOpinionsTab::tr("Confirmed by %1").arg(entry.reviewedBy);
    case ReviewState::Amended:
        return IntegrityOpinionsTab::tr("Amended by %1: %2").arg(entry.reviewedBy, entry.reviewReason);
    }
    return IntegrityOpinionsTab::tr("Waiting for review");
}

} // namespace

IntegrityOpinionsTab::IntegrityOpinionsTab(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_requests(makeTable(QStringLiteral("opinionRequestsTable"),
                                                                {tr("Received"), tr("Requesting unit"), tr("Request"),
                                                                 tr("People"), tr("Reviewed"), tr("Reply number")})),
      m_entries(makeTable(QStringLiteral("opinionEntriesTable"),
                          {tr("No."), tr("Name"), tr("Unit and position"), tr("Proposed post"), tr("Match"),
                           tr("Conclusion"), tr("Review"), tr("Printed conclusion")})),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("opinionErrorLabel"))),
      m_decideButton(makeButton(tr("&Decide match…"), QStringLiteral("decideMatchButton"))),
      m_confirmButton(makeButton(tr("&Confirm"), QStringLiteral("confirmConclusionButton"))),
      m_amendButton(makeButton(tr("A&mend…"), QStringLiteral("amendConclusionButton"))),
      m_recomputeButton(makeButton(tr("Work out &again"), QStringLiteral("recomputeButton"))),
      m_exportButton(makeButton(tr("&Export reply PDF…"), QStringLiteral("exportReplyButton")))
{
    auto* newButton = makeButton(tr("&New request…"), QStringLiteral("newRequestButton"));
    auto* importButton = makeButton(tr("&Import CSV…"), QStringLiteral("importCsvButton"));
    connect(newButton, &QPushButton::clicked, this, &IntegrityOpinionsTab::newRequest);
    connect(importButton, &QPushButton::clicked, this, &IntegrityOpinionsTab::importFile);
    connect(m_decideButton, &QPushButton::clicked, this, &IntegrityOpinionsTab::decideMatch);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] { confirmSelected(); });
    connect(m_amendButton, &QPushButton::clicked, this, &IntegrityOpinionsTab::amend);
    connect(m_recomputeButton, &QPushButton::clicked, this, [this] { recompute(); });
    connect(m_exportButton, &QPushButton::clicked, this, &IntegrityOpinionsTab::exportPdf);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &IntegrityOpinionsTab::requestChosen);
    connect(m_entries, &QTableWidget::itemSelectionChanged, this, &IntegrityOpinionsTab::updateButtons);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* requestButtons = new QHBoxLayout;
    requestButtons->addWidget(newButton);
    requestButtons->addWidget(importButton);
    requestButtons->addStretch();
    leftLayout->addLayout(requestButtons);
    leftLayout->addWidget(m_requests);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* entryButtons = new QHBoxLayout;
    for (QPushButton* button : {m_decideButton, m_confirmButton, m_amendButton, m_recomputeButton, m_exportButton})
        entryButtons->addWidget(button);
    entryButtons->addStretch();
    rightLayout->addLayout(entryButtons);
    rightLayout->addWidget(m_entries);
    m_entries->setWordWrap(true);
    // Narrow columns for the short facts, so that the printed conclusion, a sentence, keeps the room that is left.
    const QList<QPair<int, int>> widths{{0, 44}, {1, 76}, {2, 170}, {3, 110}, {4, 100}, {5, 130}, {6, 110}};
    for (const auto& [column, width] : widths)
        m_entries->setColumnWidth(column, width);
    m_requests->setColumnWidth(1, 220);
    m_requests->setColumnWidth(2, 280);

    integrity::layOutTab(this, m_errorLabel, left, right, Qt::Vertical);
    updateButtons();
}

bool IntegrityOpinionsTab::report(const Status& status)
{
    if (status.ok()) {
        m_lastError.clear();
        m_errorLabel->hide();
        return true;
    }
    m_lastError = status.message();
    m_errorLabel->setText(ErrorMessages::describe(status.error()));
    m_errorLabel->show();
    return false;
}

void IntegrityOpinionsTab::clear()
{
    m_request.reset();
    m_requestUid.clear();
    m_requests->setRowCount(0);
    m_entries->setRowCount(0);
    updateButtons();
}

void IntegrityOpinionsTab::reload()
{
    auto rows = IntegrityOpinionService(m_session).requests();
    if (!report(rows.ok() ? Status() : Status(rows.error())))
        return;
    const QString keep = m_requestUid;
    {
        const QSignalBlocker block(m_requests);
        m_requests->setRowCount(0);
        for (const reporting::OpinionRequestRow& row : rows.value())
            addRow(m_requests,
                   {CaseTerms::date(row.receivedOn), row.requestingUnit, row.reference, QString::number(row.people),
                    QStringLiteral("%1/%2").arg(row.reviewed).arg(row.people), row.replyNumber},
                   row.uid);
    }
    if (!keep.isEmpty() && selectRequest(keep))
        return;
    // Nothing chosen yet, or the chosen request is gone: show the first one with its people, not an empty half.
    if (m_requests->rowCount() > 0 && selectRequest(m_requests->item(0, 0)->data(Qt::UserRole).toString()))
        return;
    m_requestUid.clear();
    m_request.reset();
    showRequest();
}

bool IntegrityOpinionsTab::selectRequest(const QString& uid)
{
    if (!integrity::selectKey(m_requests, uid))
        return false;
    requestChosen();
    return m_requestUid == uid;
}

void IntegrityOpinionsTab::requestChosen()
{
    m_requestUid = selectedKey(m_requests);
    m_request.reset();
    if (!m_requestUid.isEmpty()) {
        auto loaded = IntegrityOpinionService(m_session).request(m_requestUid);
        if (report(loaded.ok() ? Status() : Status(loaded.error())))
            m_request = loaded.value();
    }
    showRequest();
}

void IntegrityOpinionsTab::showRequest()
{
    const int keepRow = m_entries->currentRow();
    const QSignalBlocker block(m_entries);
    m_entries->setRowCount(0);
    if (m_request) {
        for (const OpinionEntry& entry : m_request->entries) {
            const int r = m_entries->rowCount();
            m_entries->insertRow(r);
            QString conclusion = tr("Decide the match first");
            QString printed;
            if (entry.computed) {
                conclusion =
                    reporting::opinionConclusionDisplayName(entry.finalConclusion.value_or(entry.computed->conclusion));
                printed = entry.finalDetail.isEmpty() ? entry.computed->detail : entry.finalDetail;
            }
            const QStringList cells{QString::number(entry.seq),
                                    entry.person.name,
                                    entry.person.unit + u' ' + entry.person.position,
                                    entry.person.proposedPost,
                                    reporting::matchKindDisplayName(entry.match),
                                    conclusion,
                                    reviewText(entry),
                                    printed};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, entry.seq);
                if (entry.match == MatchKind::Ambiguous)
                    item->setBackground(QColor(0xfd, 0xf3, 0xd8));
                m_entries->setItem(r, c, item);
            }
        }
        m_entries->resizeRowsToContents();
        if (keepRow >= 0 && keepRow < m_entries->rowCount())
            m_entries->selectRow(keepRow);
    }
    updateButtons();
}

std::optional<OpinionEntry> IntegrityOpinionsTab::currentEntry() const
{
    if (!m_request)
        return std::nullopt;
    const auto selected = m_entries->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    const int seq = m_entries->item(selected.first().row(), 0)->data(Qt::UserRole).toInt();
    for (const OpinionEntry& entry : m_request->entries)
        if (entry.seq == seq)
            return entry;
    return std::nullopt;
}

bool IntegrityOpinionsTab::selectEntry(int seq)
{
    for (int row = 0; row < m_entries->rowCount(); ++row)
        if (m_entries->item(row, 0)->data(Qt::UserRole).toInt() == seq) {
            m_entries->selectRow(row);
            updateButtons();
            return true;
        }
    return false;
}

void IntegrityOpinionsTab::updateButtons()
{
    const auto entry = currentEntry();
    const bool issued = m_request && !m_request->replyNumber.isEmpty();
    const bool reviewer = m_session.can(access::Permission::ApproveSteps);
    m_decideButton->setEnabled(entry && entry->match == MatchKind::Ambiguous &&
                               m_session.can(access::Permission::ManageLeads));
    m_confirmButton->setEnabled(entry && entry->computed && reviewer && !issued);
    m_amendButton->setEnabled(entry && entry->computed && reviewer && !issued);
    m_recomputeButton->setEnabled(m_request && !issued && m_session.can(access::Permission::ManageLeads));
    m_exportButton->setEnabled(m_request && m_request->allReviewed() &&
                               m_session.can(access::Permission::PrintDocuments));
}

bool IntegrityOpinionsTab::createRequest(const reporting::OpinionRequestDraft& draft)
{
    BusyCursor busy;
    auto uid = IntegrityOpinionService(m_session).createRequest(draft);
    if (!report(uid.ok() ? Status() : Status(uid.error())))
        return false;
    m_requestUid = uid.value();
    reload();
    return true;
}

bool IntegrityOpinionsTab::importCsv(const reporting::OpinionRequestDraft& draft, const QByteArray& csv)
{
    BusyCursor busy;
    auto uid = IntegrityOpinionService(m_session).importCsv(draft, csv);
    if (!report(uid.ok() ? Status() : Status(uid.error())))
        return false;
    m_requestUid = uid.value();
    reload();
    return true;
}

bool IntegrityOpinionsTab::decideSelected(qint64 personId)
{
    const auto entry = currentEntry();
    if (!entry)
        return false;
    if (!report(IntegrityOpinionService(m_session).decideMatch(m_requestUid, entry->seq, personId)))
        return false;
    reload();
    return true;
}

bool IntegrityOpinionsTab::confirmSelected()
{
    const auto entry = currentEntry();
    if (!entry)
        return false;
    if (!report(IntegrityOpinionService(m_session).confirm(m_requestUid, entry->seq)))
        return false;
    reload();
    return true;
}

bool IntegrityOpinionsTab::amendSelected(reporting::OpinionConclusion conclusion, const QString& detail,
                                         const QString& reason)
{
    const auto entry = currentEntry();
    if (!entry)
        return false;
    if (!report(IntegrityOpinionService(m_session).amend(m_requestUid, entry->seq, conclusion, detail, reason)))
        return false;
    reload();
    return true;
}

bool IntegrityOpinionsTab::recompute()
{
    if (m_requestUid.isEmpty())
        return false;
    BusyCursor busy;
    if (!report(IntegrityOpinionService(m_session).recompute(m_requestUid)))
        return false;
    reload();
    return true;
}

bool IntegrityOpinionsTab::exportReply(const QString& path)
{
    if (m_requestUid.isEmpty())
        return false;
    BusyCursor busy;
    auto pages = IntegrityOpinionService(m_session).printReplyToPdf(m_requestUid, path);
    if (!report(pages.ok() ? Status() : Status(pages.error())))
        return false;
    reload();
    return true;
}

std::optional<reporting::OpinionRequestDraft> IntegrityOpinionsTab::askRequestHeader(bool withPeople)
{
    FormDialog dialog(withPeople ? tr("New integrity opinion request") : tr("Import an integrity opinion request"),
                      this);
    QLineEdit* unit = dialog.addLine(tr("Requesting unit"), QStringLiteral("requestingUnitEdit"), true);
    QLineEdit* reference = dialog.addLine(tr("Request title or number"), QStringLiteral("requestReferenceEdit"));
    QDateEdit* received =
        dialog.addDate(tr("Received on"), QStringLiteral("requestReceivedEdit"), QDate::currentDate());
    QTableWidget* people = nullptr;
    if (withPeople) {
        people = new QTableWidget(8, 5);
        people->setObjectName(QStringLiteral("requestPeopleTable"));
        people->setHorizontalHeaderLabels(
            {tr("Name"), tr("ID number"), tr("Unit"), tr("Current position"), tr("Proposed post")});
        people->horizontalHeader()->setStretchLastSection(true);
        people->setMinimumSize(640, 240);
        dialog.addRow(tr("People"), people);
        dialog.addNote(tr("One row per person; empty rows are left out. The ID number may be left empty."));
    } else {
        dialog.addNote(tr("The file is checked as a whole: if any line is wrong, nothing is imported and every wrong "
                          "line is listed."));
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    reporting::OpinionRequestDraft draft{unit->text(), reference->text(), received->date(), {}};
    for (int row = 0; people && row < people->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem* item = people->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        reporting::RequestedPerson person{cell(0), cell(1), cell(2), cell(3), cell(4)};
        if (!QString(person.name + person.idNumber + person.unit + person.position + person.proposedPost).isEmpty())
            draft.people << person;
    }
    return draft;
}

void IntegrityOpinionsTab::newRequest()
{
    if (auto draft = askRequestHeader(true))
        createRequest(*draft);
}

void IntegrityOpinionsTab::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a request list"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(makeError(ErrorCode::FileMissing, tr("Cannot read %1.").arg(path)));
        return;
    }
    const QByteArray csv = file.readAll();
    if (auto draft = askRequestHeader(false))
        importCsv(*draft, csv);
}

void IntegrityOpinionsTab::decideMatch()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    QStringList choices;
    for (const reporting::MatchCandidate& candidate : entry->candidates)
        choices << tr("%1, %2 %3, ID %4")
                       .arg(candidate.name, candidate.unit, candidate.position,
                            candidate.idNumber.isEmpty() ? tr("unknown") : candidate.idNumber);
    choices << tr("None of them: nobody on record");
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Decide who %1 is").arg(entry->person.name),
                              tr("People on record with the same name and unit:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = choices.indexOf(chosen);
    decideSelected(index < entry->candidates.size() ? entry->candidates.at(index).personId : 0);
}

void IntegrityOpinionsTab::amend()
{
    const auto entry = currentEntry();
    if (!entry || !entry->computed)
        return;
    FormDialog dialog(tr("Amend the conclusion for %1").arg(entry->person.name), this);
    QComboBox* conclusion = dialog.addCombo(tr("Conclusion"), QStringLiteral("amendConclusionCombo"));
    for (reporting::OpinionConclusion value : reporting::allOpinionConclusions())
        conclusion->addItem(reporting::opinionConclusionDisplayName(value), int(value));
    conclusion->setCurrentIndex(conclusion->findData(int(entry->computed->conclusion)));
    QPlainTextEdit* detail = dialog.addText(tr("Printed wording"), QStringLiteral("amendDetailEdit"));
    detail->setPlainText(entry->computed->detail);
    QPlainTextEdit* reason = dialog.addText(tr("Reason"), QStringLiteral("amendReasonEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = reporting::OpinionConclusion(conclusion->currentData().toInt());
    // Untouched wording belongs to the old conclusion: let the new one take its standard sentence.
    const bool untouched = detail->toPlainText().trimmed() == entry->computed->detail;
    amendSelected(chosen, untouched && chosen != entry->computed->conclusion ? QString() : detail->toPlainText(),
                  reason->toPlainText());
}

void IntegrityOpinionsTab::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the reply"), tr("integrity-opinion-reply.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReply(path);
}

} // namespace qf::ui
