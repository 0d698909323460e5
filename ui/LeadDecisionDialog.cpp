#include "LeadDecisionDialog.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "access/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
QDateEdit* dateEdit(const QString& objectName, const QDate& value)
{
    auto* edit = new QDateEdit(value);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(CaseTerms::kDateFormat);
    return edit;
}
} // namespace

LeadDecisionDialog::LeadDecisionDialog(access::Session& session, const leads::Lead& lead, QWidget* parent)
    : QDialog(parent), m_session(session), m_lead(lead),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("errorLabel"))), m_dispositionCombo(new QComboBox),
      m_reasonEdit(new QPlainTextEdit),
      m_nextReviewEdit(dateEdit(QStringLiteral("nextReviewDateEdit"), QDate::currentDate().addMonths(2))),
      m_taskEdit(new QLineEdit),
      m_taskDueEdit(dateEdit(QStringLiteral("taskDueDateEdit"), QDate::currentDate().addDays(30))),
      m_addTaskButton(new QPushButton(tr("&Add task"))), m_removeTaskButton(new QPushButton(tr("Remo&ve task"))),
      m_tasksTree(new QTreeWidget), m_saveButton(new QPushButton(tr("&Record decision")))
{
    setObjectName(QStringLiteral("leadDecisionDialog"));
    setWindowTitle(tr("Decide on lead %1").arg(lead.number));

    auto* about =
        new QLabel(tr("A single approved disposition of lead %1, outside a collective review.").arg(lead.number));
    about->setWordWrap(true);
    m_dispositionCombo->setObjectName(QStringLiteral("dispositionComboBox"));
    for (leads::Disposition disposition : leads::allDispositions())
        m_dispositionCombo->addItem(leads::dispositionDisplayName(disposition), leads::dispositionKey(disposition));
    m_reasonEdit->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Required: why this disposition."));
    m_reasonEdit->setMaximumHeight(90);
    m_nextReviewEdit->setMinimumDate(QDate::currentDate().addDays(1));
    m_taskEdit->setObjectName(QStringLiteral("taskLineEdit"));
    m_taskEdit->setPlaceholderText(tr("A follow-up task, then Enter"));
    m_taskDueEdit->setMinimumDate(QDate::currentDate());
    m_addTaskButton->setObjectName(QStringLiteral("addTaskPushButton"));
    m_removeTaskButton->setObjectName(QStringLiteral("removeTaskPushButton"));
    m_tasksTree->setObjectName(QStringLiteral("tasksTreeWidget"));
    m_tasksTree->setHeaderLabels({tr("Follow-up task"), tr("Due")});
    m_tasksTree->setRootIsDecorated(false);
    m_tasksTree->setColumnWidth(0, 320);
    m_tasksTree->setMaximumHeight(140);
    m_saveButton->setObjectName(QStringLiteral("recordPushButton"));
    m_saveButton->setToolTip(tr("Record the decision (Ctrl+Enter)"));
    for (QPushButton* button : {m_addTaskButton, m_removeTaskButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* taskRow = new QHBoxLayout;
    taskRow->addWidget(m_taskEdit, 1);
    taskRow->addWidget(m_taskDueEdit);
    taskRow->addWidget(m_addTaskButton);
    auto* taskButtons = new QHBoxLayout;
    taskButtons->addStretch();
    taskButtons->addWidget(m_removeTaskButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&Disposition:"), m_dispositionCombo);
    form->addRow(tr("R&eason:"), m_reasonEdit);
    form->addRow(tr("&Next review on:"), m_nextReviewEdit);
    form->addRow(tr("Follow-up &task:"), taskRow);
    form->addRow(QString(), m_tasksTree);
    form->addRow(QString(), taskButtons);

    auto* buttons = new QDialogButtonBox;
    // Not an accept button: the box would make it the default, and Enter in the task field would record.
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter adds the typed follow-up task; only Ctrl+Enter or the button records the decision.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_errorLabel);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &LeadDecisionDialog::save);
    }
    auto* remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_tasksTree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &LeadDecisionDialog::removeFollowUp);
    connect(m_dispositionCombo, &QComboBox::currentIndexChanged, this, &LeadDecisionDialog::updateFields);
    connect(m_taskEdit, &QLineEdit::returnPressed, this, &LeadDecisionDialog::addFollowUp);
    connect(m_addTaskButton, &QPushButton::clicked, this, &LeadDecisionDialog::addFollowUp);
    connect(m_removeTaskButton, &QPushButton::clicked, this, &LeadDecisionDialog::removeFollowUp);
    connect(m_saveButton, &QPushButton::clicked, this, &LeadDecisionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    m_dispositionCombo->setFocus();
    resize(620, 520);
}

void LeadDecisionDialog::setDisposition(leads::Disposition disposition)
{
    m_dispositionCombo->setCurrentIndex(qMax(0, m_dispositionCombo->findData(leads::dispositionKey(disposition))));
}

void LeadDecisionDialog::updateFields()
{
    const auto disposition = leads::dispositionFromKey(m_dispositionCombo->currentData().toString());
    // Only a held lead must come back on a set date; the others take the service's default.
    m_nextReviewEdit->setEnabled(disposition == leads::Disposition::Hold);
}

void LeadDecisionDialog::addFollowUp()
{
    const QString text = m_taskEdit->text().trimmed();
    if (text.isEmpty())
        return;
    auto* item = new QTreeWidgetItem(m_tasksTree, {text, CaseTerms::date(m_taskDueEdit->date())});
    item->setData(1, Qt::UserRole, m_taskDueEdit->date());
    m_taskEdit->clear();
    m_taskEdit->setFocus();
}

void LeadDecisionDialog::removeFollowUp()
{
    delete m_tasksTree->currentItem();
}

QList<leads::FollowUp> LeadDecisionDialog::followUps() const
{
    QList<leads::FollowUp> tasks;
    for (int row = 0; row < m_tasksTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_tasksTree->topLevelItem(row);
        tasks << leads::FollowUp{item->text(0), item->data(1, Qt::UserRole).toDate()};
    }
    return tasks;
}

void LeadDecisionDialog::showError(const QString& html)
{
    m_errorLabel->setText(html);
    m_errorLabel->setVisible(!html.isEmpty());
}

void LeadDecisionDialog::save()
{
    const auto disposition = leads::dispositionFromKey(m_dispositionCombo->currentData().toString());
    if (!disposition)
        return;
    if (!m_taskEdit->text().trimmed().isEmpty())
        addFollowUp(); // a task typed but not yet added is meant to be kept
    const QDate next = *disposition == leads::Disposition::Hold ? m_nextReviewEdit->date() : QDate();
    const Status done = leads::LeadService(m_session).decideSingly(m_lead.uid, *disposition,
                                                                   m_reasonEdit->toPlainText(), next, followUps());
    if (!done.ok()) {
        showError(ErrorMessages::describe(done.error()));
        return;
    }
    showError({});
    accept();
}

} // namespace qf::ui
