#include "MeasureValidityDialog.h"

#include <QDateTimeEdit>

namespace qf::ui {

MeasureValidityDialog::MeasureValidityDialog(const QString& what, QWidget* parent)
    : FormDialog(tr("Approve the measure"), parent)
{
    setObjectName(QStringLiteral("measureValidityDialog"));
    addNote(what);
    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit = addDateTime(tr("Valid &from:"), QStringLiteral("validFromDateTimeEdit"), now);
    m_untilEdit = addDateTime(tr("Valid &until:"), QStringLiteral("validUntilDateTimeEdit"), now.addDays(30));
    setCheck([this] {
        return m_untilEdit->dateTime() > m_fromEdit->dateTime() ? QString()
                                                                : tr("The validity must end after it starts.");
    });
}

QDateTime MeasureValidityDialog::validFrom() const
{
    return m_fromEdit->dateTime().toUTC();
}

QDateTime MeasureValidityDialog::validUntil() const
{
    return m_untilEdit->dateTime().toUTC();
}

} // namespace qf::ui
