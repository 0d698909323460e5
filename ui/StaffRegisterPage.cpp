#include "StaffRegisterPage.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/StaffRegisterService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

StaffRegisterPage::StaffRegisterPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_asOfEdit(new QDateEdit(QDate::currentDate())),
      m_table(new QTableWidget(0, 7)), m_certifyButton(new QPushButton(tr("Add &certificate…"))),
      m_trainingButton(new QPushButton(tr("Add &training…"))),
      m_tierButton(new QPushButton(tr("Set talent-pool &tier…"))), m_officeButton(new QPushButton(tr("Set &office…"))),
      m_historyButton(new QPushButton(tr("Show t&raining record…")))
{
    setObjectName(QStringLiteral("staffRegisterPage"));
    m_asOfEdit->setObjectName(QStringLiteral("staffAsOfDateEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_table->setObjectName(QStringLiteral("staffTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Certified until"),
                                        tr("Training hours this year"), tr("Talent-pool tier"), tr("Office"),
                                        tr("Current cases")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 110);
    m_table->setColumnWidth(2, 150);
    m_table->setColumnWidth(3, 170);
    m_table->setColumnWidth(4, 130);
    m_table->setColumnWidth(5, 140);
    m_certifyButton->setObjectName(QStringLiteral("addCertificateButton"));
    m_trainingButton->setObjectName(QStringLiteral("addTrainingButton"));
    m_tierButton->setObjectName(QStringLiteral("setTierButton"));
    m_officeButton->setObjectName(QStringLiteral("setOfficeButton"));
    m_historyButton->setObjectName(QStringLiteral("showTrainingButton"));

    auto* title = new QLabel(tr("Staff register"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    auto* asOfLabel = new QLabel(tr("As of:"));
    asOfLabel->setBuddy(m_asOfEdit);
    header->addWidget(asOfLabel);
    header->addWidget(m_asOfEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_certifyButton);
    buttons->addWidget(m_trainingButton);
    buttons->addWidget(m_tierButton);
    buttons->addWidget(m_officeButton);
    buttons->addWidget(m_historyButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_certifyButton, &QPushButton::clicked, this, &StaffRegisterPage::addCertification);
    connect(m_trainingButton, &QPushButton::clicked, this, &StaffRegisterPage::addTraining);
    connect(m_tierButton, &QPushButton::clicked, this, &StaffRegisterPage::setTier);
    connect(m_officeButton, &QPushButton::clicked, this, &StaffRegisterPage::setOffice);
    connect(m_historyButton, &QPushButton::clicked, this, &StaffRegisterPage::showTraining);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffRegisterPage::updateButtons);
}

QString StaffRegisterPage::tierName(const QString& tier)
{
    if (tier == QLatin1String("reserve"))
        return tr("Reserve");
    if (tier == QLatin1String("core"))
        return tr("Core");
    if (tier == QLatin1String("expert"))
        return tr("Expert");
    return tier.isEmpty() ? tr("Not in the pool") : tier;
}

void StaffRegisterPage::reload()
{
    m_table->setRowCount(0);
    auto entries = cases::StaffRegisterService(m_session).entries(m_asOfEdit->date());
    if (!entries.ok()) {
        ErrorMessages::show(this, tr("Staff register"), entries.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const cases::StaffEntry& e = entries->at(row);
        const QString certified = e.certified                  ? CaseTerms::date(e.certifiedUntil)
                                  : e.certifiedUntil.isValid() ? tr("Expired %1").arg(CaseTerms::date(e.certifiedUntil))
                                                               : tr("Not certified");
        const QString office = e.office.isEmpty() ? tr("No office") : e.officeLabel;
        const QStringList cells{e.displayName,
                                e.login,
                                certified,
                                QString::number(e.trainingHours),
                                tierName(e.tier),
                                office,
                                e.currentCases.join(QStringLiteral("、"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 2 && !e.certified)
                item->setForeground(QBrush(Qt::red));
            if (column == 5)
                item->setData(Qt::UserRole, e.office);
            m_table->setItem(row, column, item);
        }
    }
    updateButtons();
}

void StaffRegisterPage::releaseForLock()
{
    m_table->setRowCount(0);
}

QString StaffRegisterPage::selectedLogin() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->selectionModel()->isRowSelected(row, {}) || !m_table->item(row, 1))
        return {};
    return m_table->item(row, 1)->text();
}

void StaffRegisterPage::updateButtons()
{
    const bool keeper = m_session.can(access::Permission::ManageUsers);
    const bool chosen = !selectedLogin().isEmpty();
    m_certifyButton->setEnabled(keeper && chosen);
    m_trainingButton->setEnabled(keeper && chosen);
    m_tierButton->setEnabled(keeper && chosen);
    m_officeButton->setEnabled(keeper && chosen);
    m_historyButton->setEnabled(chosen);
    for (QPushButton* button : {m_certifyButton, m_trainingButton, m_tierButton, m_officeButton})
        button->setVisible(keeper);
}

void StaffRegisterPage::addCertification()
{
    const QString login = selectedLogin();
    FormDialog dialog(tr("Add certificate for %1").arg(login), this);
    QLineEdit* number = dialog.addLine(tr("Certificate number:"), QStringLiteral("certificateEdit"), true);
    QDateEdit* issued = dialog.addDate(tr("Issued on:"), QStringLiteral("certificateIssuedEdit"), QDate::currentDate());
    QDateEdit* until = dialog.addDate(tr("Valid until:"), QStringLiteral("certificateValidUntilEdit"),
                                      QDate::currentDate().addYears(3));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added =
        cases::StaffRegisterService(m_session).addCertification(login, number->text(), issued->date(), until->date());
    if (!added.ok())
        ErrorMessages::show(this, tr("Add certificate"), added.error());
    reload();
}

void StaffRegisterPage::addTraining()
{
    const QString login = selectedLogin();
    FormDialog dialog(tr("Add training for %1").arg(login), this);
    QLineEdit* course = dialog.addLine(tr("Course:"), QStringLiteral("trainingCourseEdit"), true);
    QDateEdit* held = dialog.addDate(tr("Held on:"), QStringLiteral("trainingDateEdit"), QDate::currentDate());
    QSpinBox* hours = dialog.addSpin(tr("Hours:"), QStringLiteral("trainingHoursSpinBox"), 1, 2000, 8);
    QLineEdit* result = dialog.addLine(tr("Result:"), QStringLiteral("trainingResultEdit"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = cases::StaffRegisterService(m_session).addTraining(login, course->text(), held->date(), hours->value(),
                                                                    result->text());
    if (!added.ok())
        ErrorMessages::show(this, tr("Add training"), added.error());
    reload();
}

void StaffRegisterPage::setTier()
{
    const QString login = selectedLogin();
    FormDialog dialog(tr("Set talent-pool tier for %1").arg(login), this);
    QComboBox* tier = dialog.addCombo(tr("Tier:"), QStringLiteral("tierComboBox"));
    tier->addItem(tierName({}), QString());
    for (const QString& code : cases::talentTiers())
        tier->addItem(tierName(code), code);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status set = cases::StaffRegisterService(m_session).setTier(login, tier->currentData().toString());
    if (!set.ok())
        ErrorMessages::show(this, tr("Set talent-pool tier"), set.error());
    reload();
}

void StaffRegisterPage::setOffice()
{
    const QString login = selectedLogin();
    cases::StaffRegisterService service(m_session);
    auto offices = service.offices();
    if (!offices.ok()) {
        ErrorMessages::show(this, tr("Set office"), offices.error());
        return;
    }
    FormDialog dialog(tr("Set office for %1").arg(login), this);
    QComboBox* office = dialog.addCombo(tr("Office:"), QStringLiteral("officeComboBox"));
    office->addItem(tr("No office"), QString());
    for (const storage::Category& entry : offices.value())
        office->addItem(entry.label, entry.code);
    const int current = office->findData(m_table->item(m_table->currentRow(), 5)->data(Qt::UserRole));
    office->setCurrentIndex(std::max(current, 0));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status set = service.setOffice(login, office->currentData().toString());
    if (!set.ok())
        ErrorMessages::show(this, tr("Set office"), set.error());
    reload();
}

void StaffRegisterPage::showTraining()
{
    const QString login = selectedLogin();
    cases::StaffRegisterService service(m_session);
    auto trainings = service.trainingsOf(login);
    auto certifications = service.certificationsOf(login);
    if (!trainings.ok() || !certifications.ok()) {
        ErrorMessages::show(this, tr("Training record"), trainings.ok() ? certifications.error() : trainings.error());
        return;
    }
    QStringList lines;
    for (const cases::Certification& c : certifications.value())
        lines << tr("Certificate %1: %2 to %3")
                     .arg(c.certificate, CaseTerms::date(c.issuedOn), CaseTerms::date(c.validUntil));
    for (const cases::TrainingRecord& t : trainings.value())
        lines << tr("%1 — %2, %n hour(s) %3", nullptr, t.hours).arg(CaseTerms::date(t.heldOn), t.course, t.result);
    QMessageBox::information(this, tr("Training record of %1").arg(login),
                             lines.isEmpty() ? tr("Nothing recorded yet.") : lines.join(u'\n'));
}

} // namespace qf::ui
