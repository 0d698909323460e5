#pragma once

#include "workflow/CaseWorkflow.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Where a case stands among all stages of the workflow, and what each next transition still needs: every guard is
// listed with its result, a failed one with core's reason. Requests are made from here.
class StageBar : public QWidget
{
    Q_OBJECT

public:
    explicit StageBar(access::Session& session, QWidget* parent = nullptr);

    // Shows the case at `stage` and reads its next transitions.
    void setCase(const QString& caseUid, const QString& stage);
    void reload();
    void clear();
    const QList<workflow::TransitionOption>& options() const { return m_options; }

Q_SIGNALS:
    // A request was made (and, for a transition needing no approval, the stage changed).
    void requested(const QString& transitionId);

private:
    void showStages();
    void showOptions();
    QWidget* optionWidget(const workflow::TransitionOption& option);
    void request(const QString& transitionId, const QString& toLabel);

    access::Session& m_session;
    std::optional<workflow::WorkflowDefinition> m_definition;
    QString m_caseUid;
    QString m_stage;
    QList<workflow::TransitionOption> m_options;
    QHBoxLayout* m_stagesLayout;
    QVBoxLayout* m_optionsLayout;
    QLabel* m_errorLabel;
};

} // namespace qf::ui
