#include "StageBar.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "FormDialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        // A request button may be the sender of the click being handled: detach now, delete later.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

StageBar::StageBar(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_stagesLayout(new QHBoxLayout), m_optionsLayout(new QVBoxLayout),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("stageBarErrorLabel")))
{
    setObjectName(QStringLiteral("stageBarWidget"));
    m_stagesLayout->setSpacing(2);
    m_optionsLayout->setSpacing(6);
    // Several transitions can lead out of a stage; they scroll so the tabs below keep their room.
    auto* optionsWidget = new QWidget;
    optionsWidget->setObjectName(QStringLiteral("transitionsWidget"));
    optionsWidget->setLayout(m_optionsLayout);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("transitionsScrollArea"));
    scroll->setWidget(optionsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(fontMetrics().height() * 14);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stagesLayout);
    layout->addWidget(scroll);
    layout->addWidget(m_errorLabel);
}

void StageBar::setCase(const QString& caseUid, const QString& stage)
{
    m_caseUid = caseUid;
    m_stage = stage;
    reload();
}

void StageBar::reload()
{
    m_errorLabel->hide();
    if (!m_definition) {
        auto definition = workflow::CaseWorkflow::definition(m_session.database());
        if (!definition.ok()) {
            m_errorLabel->setText(ErrorMessages::describe(definition.error()));
            m_errorLabel->show();
            return;
        }
        m_definition = definition.value();
    }
    showStages();
    auto options = workflow::CaseWorkflow(m_session).options(m_caseUid);
    m_options = options.ok() ? options.value() : QList<workflow::TransitionOption>{};
    if (!options.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(options.error()));
        m_errorLabel->show();
    }
    showOptions();
}

void StageBar::clear()
{
    m_caseUid.clear();
    m_options.clear();
    clearLayout(m_stagesLayout);
    clearLayout(m_optionsLayout);
}

void StageBar::showStages()
{
    clearLayout(m_stagesLayout);
    const QList<workflow::StageDefinition>& stages = m_definition->stages();
    int current = -1;
    for (int i = 0; i < stages.size(); ++i)
        if (stages.at(i).id == m_stage)
            current = i;
    for (int i = 0; i < stages.size(); ++i) {
        auto* label = new QLabel(QStringLiteral("%1  %2").arg(i + 1).arg(stages.at(i).label(QLocale().name())));
        label->setObjectName(stages.at(i).id + QStringLiteral("StageLabel"));
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(label->fontMetrics().height() + 14);
        label->setProperty("current", i == current);
        QString style;
        if (i == current)
            style = QStringLiteral("background:#1f5fa8; color:white; font-weight:bold;");
        else if (i < current)
            style = QStringLiteral("background:#dbe8f5; color:#1f3d60;");
        else
            style = QStringLiteral("background:#eeeeee; color:#6b6b6b;");
        label->setStyleSheet(QStringLiteral("QLabel { %1 padding: 4px 8px; border-radius: 3px; }").arg(style));
        if (i == current)
            label->setAccessibleName(tr("Current stage: %1").arg(stages.at(i).label(QLocale().name())));
        m_stagesLayout->addWidget(label, 1);
    }
}

void StageBar::showOptions()
{
    clearLayout(m_optionsLayout);
    if (m_options.isEmpty()) {
        auto* none = new QLabel(m_definition && m_definition->stage(m_stage) && m_definition->stage(m_stage)->final
                                    ? tr("This is the final stage.")
                                    : tr("No transition leads out of this stage."));
        none->setObjectName(QStringLiteral("noTransitionLabel"));
        m_optionsLayout->addWidget(none);
        return;
    }
    for (const workflow::TransitionOption& option : std::as_const(m_options))
        m_optionsLayout->addWidget(optionWidget(option));
}

QWidget* StageBar::optionWidget(const workflow::TransitionOption& option)
{
    auto* frame = new QFrame;
    frame->setObjectName(option.transition.id + QStringLiteral("TransitionFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(frame);

    auto* details = new QVBoxLayout;
    auto* heading = new QLabel(tr("Next: <b>%1</b>").arg(option.toLabel.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("transitionHeadingLabel"));
    details->addWidget(heading);
    for (int i = 0; i < option.guards.size(); ++i) {
        const workflow::GuardOutcome& outcome = option.guards.at(i);
        const QJsonObject params =
            i < option.transition.guards.size() && option.transition.guards.at(i).name == outcome.guard
                ? option.transition.guards.at(i).params
                : QJsonObject();
        const QString name = CaseTerms::guardName(outcome.guard, params);
        auto* guard = new QLabel;
        guard->setObjectName(QStringLiteral("guardLabel"));
        guard->setProperty("guard", outcome.guard);
        guard->setProperty("passed", outcome.passed);
        guard->setWordWrap(true);
        guard->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (outcome.passed) {
            guard->setText(QStringLiteral("<span style='color:#1d6b33'>✔</span> ") + name.toHtmlEscaped());
        } else {
            guard->setText(QStringLiteral("<span style='color:#b3261e'>✘</span> <b>") + name.toHtmlEscaped() +
                           QStringLiteral("</b>: <span style='color:#b3261e'>") + outcome.message.toHtmlEscaped() +
                           QStringLiteral("</span>"));
        }
        details->addWidget(guard);
    }
    if (option.guards.isEmpty())
        details->addWidget(new QLabel(tr("No conditions.")));
    QString approval = option.transition.approveRole.isEmpty()
                           ? tr("Takes effect when requested.")
                           : tr("Approved by: %1").arg(CaseTerms::roleName(option.transition.approveRole));
    QStringList requesters;
    for (const QString& role : option.transition.requestRoles)
        requesters << CaseTerms::roleName(role);
    auto* roles = new QLabel(tr("Requested by: %1. %2").arg(requesters.join(tr(", ")), approval));
    roles->setForegroundRole(QPalette::PlaceholderText);
    roles->setWordWrap(true);
    details->addWidget(roles);
    layout->addLayout(details, 1);

    auto* side = new QVBoxLayout;
    if (!option.pendingRequestUid.isEmpty()) {
        auto* pending = new QLabel(tr("Request pending approval"));
        pending->setObjectName(QStringLiteral("pendingRequestLabel"));
        pending->setStyleSheet(QStringLiteral("QLabel { color:#7a4b00; background:#fff4d6; padding:4px 8px; "
                                              "border-radius:3px; }"));
        side->addWidget(pending);
    } else if (option.mayRequest) {
        auto* button = new QPushButton(tr("&Request…"));
        button->setObjectName(QStringLiteral("requestButton"));
        button->setProperty("transitionId", option.transition.id);
        button->setEnabled(option.ready());
        button->setToolTip(option.ready() ? tr("Request the move to %1").arg(option.toLabel)
                                          : tr("Every condition must be met first."));
        const QString id = option.transition.id;
        const QString to = option.toLabel;
        connect(button, &QPushButton::clicked, this, [this, id, to] { request(id, to); });
        side->addWidget(button);
    }
    side->addStretch();
    layout->addLayout(side);
    return frame;
}

void StageBar::request(const QString& transitionId, const QString& toLabel)
{
    const auto comment = FormDialog::askText(this, tr("Request: %1").arg(toLabel), tr("Comment:"), false);
    if (!comment)
        return;
    auto made = workflow::CaseWorkflow(m_session).request(m_caseUid, transitionId, *comment);
    if (!made.ok()) {
        ErrorMessages::show(this, tr("Request"), made.error());
        reload();
        return;
    }
    Q_EMIT requested(transitionId);
}

} // namespace qf::ui
