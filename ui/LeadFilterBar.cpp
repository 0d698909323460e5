#include "LeadFilterBar.h"

#include "CaseTerms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace qf::ui {

namespace {
QLineEdit* filterEdit(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

LeadFilterBar::LeadFilterBar(const CategoryList& sources, const CategoryList& sectors, QWidget* parent)
    : QWidget(parent), m_numberEdit(filterEdit(QStringLiteral("numberLineEdit"), tr("Number"))),
      m_subjectEdit(filterEdit(QStringLiteral("subjectLineEdit"), tr("Subject name or ID number"))),
      m_unitEdit(filterEdit(QStringLiteral("unitLineEdit"), tr("Unit"))), m_statusCombo(new QComboBox),
      m_sourceCombo(new QComboBox), m_sectorCombo(new QComboBox), m_createdCheck(new QCheckBox(tr("Re&gistered"))),
      m_fromEdit(new QDateEdit(QDate::currentDate().addYears(-1))), m_toEdit(new QDateEdit(QDate::currentDate())),
      m_overdueCheck(new QCheckBox(tr("O&verdue only"))),
      m_textEdit(filterEdit(QStringLiteral("textSearchLineEdit"), tr("Search the summaries (Ctrl+F)"))),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("leadFilterBarWidget"));
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("Any status"), QString());
    for (leads::LeadStatus status : leads::allLeadStatuses())
        m_statusCombo->addItem(leads::leadStatusDisplayName(status), leads::leadStatusKey(status));
    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    sources.fill(m_sourceCombo, tr("Any source"));
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    sectors.fill(m_sectorCombo, tr("Any sector"));
    m_createdCheck->setObjectName(QStringLiteral("createdRangeCheckBox"));
    m_fromEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_toEdit->setDisplayFormat(CaseTerms::kDateFormat);
    m_fromEdit->setObjectName(QStringLiteral("createdFromDateEdit"));
    m_fromEdit->setAccessibleName(tr("Registered from"));
    m_toEdit->setObjectName(QStringLiteral("createdToDateEdit"));
    m_toEdit->setAccessibleName(tr("Registered to"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheckBox"));
    auto* clearButton = new QPushButton(tr("C&lear filters"));
    clearButton->setObjectName(QStringLiteral("clearFiltersPushButton"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_numberEdit, 0, 0);
    grid->addWidget(m_subjectEdit, 0, 1);
    grid->addWidget(m_unitEdit, 0, 2);
    grid->addWidget(m_textEdit, 0, 3, 1, 3);
    grid->addWidget(m_statusCombo, 1, 0);
    grid->addWidget(m_sourceCombo, 1, 1);
    grid->addWidget(m_sectorCombo, 1, 2);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_createdCheck);
    dates->addWidget(m_fromEdit);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_toEdit);
    grid->addLayout(dates, 1, 3);
    grid->addWidget(m_overdueCheck, 1, 4);
    grid->addWidget(clearButton, 1, 5);
    grid->setColumnStretch(3, 1);

    const auto later = [this] { m_timer->start(); };
    for (QLineEdit* edit : {m_numberEdit, m_subjectEdit, m_unitEdit, m_textEdit}) {
        connect(edit, &QLineEdit::textChanged, this, later);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_timer->stop();
            Q_EMIT filterChanged();
        });
    }
    for (QComboBox* combo : {m_statusCombo, m_sourceCombo, m_sectorCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, later);
    connect(m_createdCheck, &QCheckBox::toggled, this, [this, later](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        later();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, later);
    connect(m_toEdit, &QDateEdit::dateChanged, this, later);
    connect(m_overdueCheck, &QCheckBox::toggled, this, later);
    connect(clearButton, &QPushButton::clicked, this, &LeadFilterBar::clearFilters);
    connect(m_timer, &QTimer::timeout, this, &LeadFilterBar::filterChanged);
}

leads::LeadFilter LeadFilterBar::filter() const
{
    leads::LeadFilter filter;
    filter.number = m_numberEdit->text().trimmed();
    filter.subject = m_subjectEdit->text().trimmed();
    filter.unit = m_unitEdit->text().trimmed();
    filter.status = leads::leadStatusFromKey(m_statusCombo->currentData().toString());
    filter.source = m_sourceCombo->currentData().toString();
    filter.sector = m_sectorCombo->currentData().toString();
    if (m_createdCheck->isChecked()) {
        filter.createdFrom = m_fromEdit->date();
        filter.createdTo = m_toEdit->date();
    }
    filter.overdueOnly = m_overdueCheck->isChecked();
    filter.text = m_textEdit->text().trimmed();
    return filter;
}

void LeadFilterBar::focusSearch()
{
    m_textEdit->setFocus(Qt::ShortcutFocusReason);
    m_textEdit->selectAll();
}

void LeadFilterBar::clearFilters()
{
    for (QLineEdit* edit : {m_numberEdit, m_subjectEdit, m_unitEdit, m_textEdit})
        edit->clear();
    for (QComboBox* combo : {m_statusCombo, m_sourceCombo, m_sectorCombo})
        combo->setCurrentIndex(0);
    m_createdCheck->setChecked(false);
    m_overdueCheck->setChecked(false);
    m_timer->stop();
    Q_EMIT filterChanged();
}

} // namespace qf::ui
