#include "DecisionDialog.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "cases/CaseRecords.h"
#include "decisions/DecisionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
enum MemberColumn
{
    NameColumn,
    PresentColumn,
    OpinionColumn,
    DissentColumn,
};
} // namespace

DecisionDialog::DecisionDialog(access::Session& session, const QString& caseUid, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseUid(caseUid), m_supersedesLabel(new QLabel),
      m_typeCombo(new QComboBox), m_dateEdit(new QDateEdit(QDate::currentDate())), m_quorumSpin(new QSpinBox),
      m_members(new QTableWidget(0, 4)), m_conclusionEdit(new QPlainTextEdit), m_itemsEdit(new QPlainTextEdit),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("decisionErrorLabel")))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a collective decision"));
    m_supersedesLabel->setObjectName(QStringLiteral("supersedesLabel"));
    m_supersedesLabel->setWordWrap(true);
    m_supersedesLabel->hide();
    m_typeCombo->setObjectName(QStringLiteral("meetingTypeComboBox"));
    if (auto types = cases::CaseRecords(session).categories(QStringLiteral("meeting_type")); types.ok())
        for (const cases::CategoryItem& item : types.value())
            m_typeCombo->addItem(CaseTerms::meetingTypeName(item.code), item.code);
    m_dateEdit->setObjectName(QStringLiteral("heldOnDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_quorumSpin->setObjectName(QStringLiteral("quorumSpinBox"));
    m_quorumSpin->setRange(1, 99);
    m_quorumSpin->setValue(5);
    m_members->setObjectName(QStringLiteral("membersTableWidget"));
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Present"), tr("Opinion (verbatim)"), tr("Dissent")});
    m_members->horizontalHeader()->setSectionResizeMode(OpinionColumn, QHeaderView::Stretch);
    m_members->setColumnWidth(NameColumn, 140);
    m_members->verticalHeader()->hide();
    m_members->setTabKeyNavigation(false);
    m_conclusionEdit->setObjectName(QStringLiteral("conclusionEdit"));
    m_conclusionEdit->setTabChangesFocus(true);
    m_itemsEdit->setObjectName(QStringLiteral("decidedItemsEdit"));
    m_itemsEdit->setTabChangesFocus(true);
    m_itemsEdit->setPlaceholderText(tr("One item per line"));
    m_itemsEdit->setMaximumHeight(m_itemsEdit->fontMetrics().height() * 5);
    m_conclusionEdit->setMaximumHeight(m_conclusionEdit->fontMetrics().height() * 5);

    auto* addMemberButton = new QPushButton(tr("Add &member"));
    addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    auto* removeMemberButton = new QPushButton(tr("Remo&ve member"));
    removeMemberButton->setObjectName(QStringLiteral("removeMemberButton"));
    connect(addMemberButton, &QPushButton::clicked, this, [this] {
        addMember({});
        m_members->setCurrentCell(m_members->rowCount() - 1, NameColumn);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, NameColumn));
    });
    connect(removeMemberButton, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
    });
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMemberButton);
    memberButtons->addWidget(removeMemberButton);
    memberButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(m_supersedesLabel);
    form->addRow(tr("Meeting &type:"), m_typeCombo);
    form->addRow(tr("&Held on:"), m_dateEdit);
    form->addRow(tr("&Quorum:"), m_quorumSpin);
    auto* membersLabel = new QLabel(tr("Mem&bers:"));
    membersLabel->setBuddy(m_members);
    form->addRow(membersLabel, m_members);
    form->addRow(QString(), memberButtons);
    form->addRow(tr("&Conclusion:"), m_conclusionEdit);
    form->addRow(tr("Items &decided:"), m_itemsEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("decisionButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign and record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(720, 640);
}

void DecisionDialog::supersede(const decisions::CollectiveDecision& earlier)
{
    m_supersedesUid = earlier.uid;
    m_supersedesLabel->setText(
        tr("This decision supersedes the one of %1 (%2). The earlier one stays on record.")
            .arg(CaseTerms::date(earlier.heldOn), CaseTerms::meetingTypeName(earlier.meetingType)));
    m_supersedesLabel->show();
    setWindowTitle(tr("Supersede a collective decision"));
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(earlier.meetingType)));
    m_quorumSpin->setValue(earlier.quorum);
    m_members->setRowCount(0);
    for (const leads::Attendee& member : earlier.members)
        addMember({member.name, member.present, QString(), false});
    m_itemsEdit->setPlainText(earlier.decidedItems.join(QLatin1Char('\n')));
}

void DecisionDialog::addMember(const leads::Attendee& member)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, NameColumn, new QTableWidgetItem(member.name));
    auto* present = new QTableWidgetItem;
    present->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    present->setCheckState(member.present ? Qt::Checked : Qt::Unchecked);
    m_members->setItem(row, PresentColumn, present);
    m_members->setItem(row, OpinionColumn, new QTableWidgetItem(member.opinion));
    auto* dissent = new QTableWidgetItem;
    dissent->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    dissent->setCheckState(member.dissent ? Qt::Checked : Qt::Unchecked);
    m_members->setItem(row, DissentColumn, dissent);
}

decisions::CollectiveDecisionDraft DecisionDialog::draft() const
{
    decisions::CollectiveDecisionDraft draft;
    draft.caseUid = m_caseUid;
    draft.meetingType = m_typeCombo->currentData().toString();
    draft.heldOn = m_dateEdit->date();
    draft.quorum = m_quorumSpin->value();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_members->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto checked = [&](int column) {
            const QTableWidgetItem* item = m_members->item(row, column);
            return item && item->checkState() == Qt::Checked;
        };
        if (text(NameColumn).isEmpty())
            continue;
        draft.members << leads::Attendee{text(NameColumn), checked(PresentColumn), text(OpinionColumn),
                                         checked(DissentColumn)};
    }
    draft.conclusion = m_conclusionEdit->toPlainText().trimmed();
    for (const QString& line : m_itemsEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            draft.decidedItems << line.trimmed();
    draft.supersedesUid = m_supersedesUid;
    return draft;
}

void DecisionDialog::accept()
{
    auto recorded = decisions::DecisionService(m_session).record(draft());
    if (!recorded.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(recorded.error()));
        m_errorLabel->show();
        return;
    }
    m_recordedUid = recorded.value();
    QDialog::accept();
}

} // namespace qf::ui
