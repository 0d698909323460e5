#include "SettingExplanation.h"

#include <QFormLayout>
#include <QLabel>

namespace qf::ui {

void addExplainedRow(QFormLayout* form, const QString& label, QWidget* field, const QString& explanation)
{
    form->addRow(label, field);
    auto* note = new QLabel(explanation);
    note->setWordWrap(true);
    note->setObjectName(field->objectName() + QStringLiteral("ExplanationLabel"));
    QPalette palette = note->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    note->setPalette(palette);
    form->addRow(QString(), note);
}

} // namespace qf::ui
