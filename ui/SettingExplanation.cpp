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
    QColor muted = palette.color(QPalette::WindowText);
    muted.setAlpha(170); // readable, but quieter than the setting itself
    palette.setColor(QPalette::WindowText, muted);
    note->setPalette(palette);
    form->addRow(QString(), note);
}

} // namespace qf::ui
