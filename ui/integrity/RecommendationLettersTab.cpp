#include "RecommendationLettersTab.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "IntegrityWidgets.h"
#include "documents/RecordLookup.h"
#include "reporting/RecommendationLetterService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

using integrity::makeButton;

using reporting::RecommendationLetter;
using reporting::RecommendationLetterService;

RecommendationLettersTab::RecommendationLettersTab(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_letters(new QTableWidget(0, 7)),
      m_overdueOnly(new QCheckBox(tr("Only &overdue replies"))),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("letterErrorLabel"))),
      m_newButton(makeButton(tr("&New letter…"), QStringLiteral("newLetterButton"))),
      m_feedbackButton(makeButton(tr("Record &feedback…"), QStringLiteral("letterFeedbackButton"))),
      m_analysisButton(makeButton(tr("Typical-case &analysis…"), QStringLiteral("letterAnalysisButton"))),
      m_exportButton(makeButton(tr("&Export PDF…"), QStringLiteral("letterExportButton")))
{
    m_letters->setObjectName(QStringLiteral("recommendationLettersTable"));
    m_letters->setHorizontalHeaderLabels(
        {tr("Case"), tr("Unit"), tr("Number"), tr("Issued"), tr("Reply due"), tr("Feedback"), tr("Problems found")});
    m_letters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_letters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_letters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_letters->verticalHeader()->hide();
    m_letters->horizontalHeader()->setStretchLastSection(true);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheckBox"));
    connect(m_overdueOnly, &QCheckBox::toggled, this, &RecommendationLettersTab::reload);
    connect(m_letters, &QTableWidget::itemSelectionChanged, this, &RecommendationLettersTab::updateButtons);
    connect(m_newButton, &QPushButton::clicked, this, &RecommendationLettersTab::newLetter);
    connect(m_feedbackButton, &QPushButton::clicked, this, &RecommendationLettersTab::recordFeedback);
    connect(m_analysisButton, &QPushButton::clicked, this, &RecommendationLettersTab::writeAnalysis);
    connect(m_exportButton, &QPushButton::clicked, this, &RecommendationLettersTab::exportPdf);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_newButton, m_feedbackButton, m_analysisButton, m_exportButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_overdueOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_letters);
    updateButtons();
}

bool RecommendationLettersTab::report(const Status& status)
{
    m_errorLabel->setVisible(!status.ok());
    if (!status.ok())
        m_errorLabel->setText(ErrorMessages::describe(status.error()));
    return status.ok();
}

void RecommendationLettersTab::clear()
{
    m_letters->setRowCount(0);
    updateButtons();
}

void RecommendationLettersTab::reload()
{
    RecommendationLetterService service(m_session);
    auto letters = m_overdueOnly->isChecked() ? service.overdue() : service.letters();
    if (!report(letters.ok() ? Status() : Status(letters.error())))
        return;
    const QDate today = QDate::currentDate();
    m_letters->setRowCount(0);
    for (const RecommendationLetter& letter : letters.value()) {
        const int row = m_letters->rowCount();
        m_letters->insertRow(row);
        const QString feedback = letter.answered()
                                     ? tr("Received %1").arg(CaseTerms::date(letter.feedback.last().receivedOn))
                                 : letter.overdueOn(today) ? tr("Overdue")
                                                           : tr("Waiting");
        const QStringList cells{letter.caseNumber,
                                letter.unit,
                                letter.number,
                                CaseTerms::date(letter.issuedOn),
                                CaseTerms::date(letter.replyDue),
                                feedback,
                                letter.problems};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, letter.uid);
            if (letter.overdueOn(today))
                item->setForeground(QColor(0xa3, 0x1d, 0x12));
            m_letters->setItem(row, c, item);
        }
    }
    updateButtons();
}

QString RecommendationLettersTab::currentUid() const
{
    return integrity::selectedKey(m_letters);
}

void RecommendationLettersTab::updateButtons()
{
    const bool chosen = !currentUid().isEmpty();
    m_newButton->setEnabled(m_session.can(access::Permission::ManageCases));
    m_feedbackButton->setEnabled(chosen && m_session.can(access::Permission::ManageCases));
    m_analysisButton->setEnabled(chosen && m_session.can(access::Permission::ManageCases));
    m_exportButton->setEnabled(chosen && m_session.can(access::Permission::PrintDocuments));
}

void RecommendationLettersTab::newLetter()
{
    FormDialog dialog(tr("New recommendation letter"), this);
    QLineEdit* caseNumber = dialog.addLine(tr("Case number"), QStringLiteral("letterCaseEdit"), true);
    QLineEdit* unit = dialog.addLine(tr("Addressed to (empty: the subject's unit)"), QStringLiteral("letterUnitEdit"));
    QPlainTextEdit* problems = dialog.addText(tr("Problems found"), QStringLiteral("letterProblemsEdit"), true);
    QPlainTextEdit* causes = dialog.addText(tr("Causes"), QStringLiteral("letterCausesEdit"), true);
    QPlainTextEdit* measures = dialog.addText(tr("Recommended measures"), QStringLiteral("letterMeasuresEdit"), true);
    QDateEdit* issued =
        dialog.addDate(tr("Date of the letter"), QStringLiteral("letterIssuedEdit"), QDate::currentDate());
    QDateEdit* due =
        dialog.addDate(tr("Reply deadline"), QStringLiteral("letterDueEdit"), QDate::currentDate().addDays(30));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto record = documents::findRecord(m_session, caseNumber->text().trimmed());
    if (!report(record.ok() ? Status() : Status(record.error())))
        return;
    if (record->type != QLatin1String("case")) {
        report(makeError(ErrorCode::Invalid, tr("%1 is not a case number.").arg(caseNumber->text().trimmed())));
        return;
    }
    auto uid = RecommendationLetterService(m_session).create({record->uid, unit->text(), problems->toPlainText(),
                                                              causes->toPlainText(), measures->toPlainText(),
                                                              issued->date(), due->date()});
    if (report(uid.ok() ? Status() : Status(uid.error())))
        reload();
}

void RecommendationLettersTab::recordFeedback()
{
    FormDialog dialog(tr("Rectification feedback"), this);
    QDateEdit* received = dialog.addDate(tr("Received on"), QStringLiteral("feedbackDateEdit"), QDate::currentDate());
    QPlainTextEdit* content = dialog.addText(tr("What the unit reported"), QStringLiteral("feedbackContentEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(RecommendationLetterService(m_session).recordFeedback(currentUid(), received->date(),
                                                                     content->toPlainText())))
        reload();
}

void RecommendationLettersTab::writeAnalysis()
{
    auto letter = RecommendationLetterService(m_session).letter(currentUid());
    if (!report(letter.ok() ? Status() : Status(letter.error())))
        return;
    FormDialog dialog(tr("Typical-case analysis"), this);
    QPlainTextEdit* analysis = dialog.addText(tr("Analysis"), QStringLiteral("analysisEdit"), true);
    analysis->setPlainText(letter->analysis);
    if (dialog.exec() == QDialog::Accepted)
        report(RecommendationLetterService(m_session).setAnalysis(currentUid(), analysis->toPlainText()));
}

void RecommendationLettersTab::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the recommendation letter"),
                                                      tr("recommendation-letter.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pages = RecommendationLetterService(m_session).printToPdf(currentUid(), path);
    if (report(pages.ok() ? Status() : Status(pages.error())))
        reload();
}

} // namespace qf::ui
