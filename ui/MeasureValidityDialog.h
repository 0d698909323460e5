#pragma once

#include "FormDialog.h"

#include <QDateTime>

namespace qf::ui {

// Approving a measure: the period it may be used in. Ends after it starts.
class MeasureValidityDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit MeasureValidityDialog(const QString& what, QWidget* parent = nullptr);

    QDateTime validFrom() const;
    QDateTime validUntil() const;

private:
    QDateTimeEdit* m_fromEdit;
    QDateTimeEdit* m_untilEdit;
};

} // namespace qf::ui
