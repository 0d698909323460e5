#include "IntakeCountersPanel.h"

#include "access/Session.h"
#include "reporting/DashboardCounters.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace qf::ui {

IntakeCountersPanel::IntakeCountersPanel(access::Session& session, QWidget* parent)
    : QGroupBox(tr("Reports and leads"), parent), m_session(session)
{
    setObjectName(QStringLiteral("intakeCountersGroupBox"));
    auto* form = new QFormLayout(this);
    m_newReportsLabel = addCounter(form, tr("New reports, not yet screened:"), QStringLiteral("newReportsLabel"));
    m_dueForReviewLabel = addCounter(form, tr("Leads due for review:"), QStringLiteral("leadsDueLabel"));
    m_heldDueLabel = addCounter(form, tr("Held leads due again:"), QStringLiteral("heldLeadsDueLabel"));
    m_overdueTransfersLabel =
        addCounter(form, tr("Transfers with overdue feedback:"), QStringLiteral("overdueTransfersLabel"));
    m_overdueFollowUpsLabel = addCounter(form, tr("Overdue follow-ups:"), QStringLiteral("overdueFollowUpsLabel"));
}

QLabel* IntakeCountersPanel::addCounter(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

void IntakeCountersPanel::reload()
{
    if (m_session.isLocked())
        return;
    auto counters = reporting::intakeCounters(m_session);
    if (!counters.ok()) {
        clear();
        m_newReportsLabel->setText(counters.message());
        return;
    }
    const auto show = [](QLabel* label, int value, bool alert) {
        label->setText(QLocale().toString(value));
        label->setStyleSheet(alert && value > 0 ? QStringLiteral("QLabel { color: #b01c1c; font-weight: bold; }")
                                                : QString());
    };
    show(m_newReportsLabel, counters->newReports, false);
    show(m_dueForReviewLabel, counters->leadsDueForReview, false);
    show(m_heldDueLabel, counters->heldLeadsDue, false);
    show(m_overdueTransfersLabel, counters->overdueTransfers, true);
    show(m_overdueFollowUpsLabel, counters->overdueFollowUps, true);
}

void IntakeCountersPanel::clear()
{
    for (QLabel* label :
         {m_newReportsLabel, m_dueForReviewLabel, m_heldDueLabel, m_overdueTransfersLabel, m_overdueFollowUpsLabel})
        label->clear();
}

} // namespace qf::ui
